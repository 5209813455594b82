package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.label;
import static scalemodels.ui.WindowFixture.waitFor;
import static scalemodels.ui.WindowFixture.waitForText;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import scalemodels.event.EventType;
import scalemodels.model.VmStatus;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.ui.run.RunState;

/** Pause, crash and restart a VM from the window's menus; each shows on the timeline and in the logs. */
@WindowTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FaultsInWindowTest {
    private WindowFixture window;
    private MainWindowView view;

    @Start
    void start(Stage stage) throws IOException {
        window = WindowFixture.open(stage);
        view = window.view;
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void pauseCrashAndRestartFromTheMenus(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#seed-field").queryAs(TextField.class).setText("8");
            robot.lookup("#speed-field").queryAs(TextField.class).setText("8");
            robot.lookup("#duration-field").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#startButton");
        waitFor(60, () -> state() == RunState.RUNNING && model().lane(1).size() > 5);

        robot.clickOn("#faults-button").clickOn("#faults-vm-1").clickOn("#fault-pause-1");
        waitFor(20, () -> "paused".equals(label(robot, "#lane-state-1").getText()));
        waitFor(20, () -> hasType(1, EventType.PAUSE));
        robot.clickOn("#faults-button").clickOn("#faults-vm-1").clickOn("#fault-resume-1");
        waitFor(20, () -> "running".equals(label(robot, "#lane-state-1").getText()));

        robot.rightClickOn("#lane-header-2").clickOn("#fault-crash-2");
        waitFor(20, () -> "crashed".equals(label(robot, "#lane-state-2").getText()));
        waitFor(20, () -> hasType(2, EventType.CRASH));
        assertEquals(VmStatus.CRASHED, model().status(2));

        robot.rightClickOn("#lane-header-2").clickOn("#fault-restart-2");
        waitFor(60, () -> hasType(2, EventType.RESTART) && "running".equals(label(robot, "#lane-state-2").getText()));

        robot.clickOn("#stopButton");
        waitFor(30, () -> state() == RunState.FINISHED);
        waitFor(20, () -> !label(robot, "#status-reconciled").getText().isEmpty());
        String reconciled = view.runViewModel().live().reconciliationProperty().get().summary();
        assertTrue(reconciled.startsWith("Reconciled: ") || reconciled.contains("killed"), reconciled);
        robot.clickOn("Summary");
        waitForText(robot, "#rule-check", "0 violations", 20);
        assertFalse(view.runViewModel().live().canInjectFaults());
    }

    private boolean hasType(int vm, EventType type) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            LaneData lane = model().lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i) == type) {
                    return true;
                }
            }
            return false;
        }).get();
    }

    private RunState state() {
        return view.runViewModel().stateProperty().get();
    }

    private RunModel model() {
        return view.runViewModel().modelProperty().get();
    }

}
