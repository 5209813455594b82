package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.label;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.ui.run.RunState;

/**
 * Clock skew from the settings panel: checked as typed, then a simulated run whose VM 1 logs 3 s ahead shows, by
 * logged time, messages received "before" they were sent, and on the Lamport axis none.
 */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClockSkewInWindowTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws IOException {
        window = WindowFixture.open(stage);
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void aSkewTypedInTheSettingsIsCheckedAndASkewedRunShowsMessagesArrivingBeforeTheyLeftByLoggedTime(FxRobot robot)
            throws Exception {
        robot.clickOn("#skew-field").write("1:+3");
        assertTrue(label(robot, "#skew-error").isVisible());
        assertTrue(label(robot, "#skew-error").getText().startsWith("\"1:+3\" is not VM:AMOUNT"),
                label(robot, "#skew-error").getText());
        assertTrue(robot.lookup("#startButton").queryAs(Button.class).isDisabled(), "no Start with a bad skew");
        robot.write("s");
        assertTrue(!label(robot, "#skew-error").isVisible(), "fixed as typed");
        robot.interact(() -> {
            robot.lookup("#duration-field").queryAs(TextField.class).setText("20");
            robot.lookup("#seed-field").queryAs(TextField.class).setText("21"); // a simulation: the same run each time
            robot.lookup("#simulate-box").queryAs(CheckBox.class).setSelected(true);
        });
        robot.clickOn("#startButton");
        waitFor(60, () -> window.view.runViewModel().stateProperty().get() == RunState.REPLAY);
        RunModel run = window.view.runViewModel().modelProperty().get();
        assertTrue(backwards(run) > 0, "by logged time, VM 1's messages arrive before they were sent; VM 1 starts "
                + (run.lane(1).time(0) - run.lane(0).time(0)) + " us after VM 0, events " + run.events() + ", skew "
                + window.view.settingsViewModel().text(scalemodels.model.RunSettings.Field.CLOCK_SKEW).get());

        robot.clickOn("#axis-lamport");
        waitFor(10, () -> WaitForAsyncUtils.asyncFx(() -> window.view.timeline().shownModel() != run
                && backwards(window.view.timeline().shownModel()) == 0
                && window.view.timeline().shownModel().events() == run.events()).get());
        robot.clickOn("Summary");
        WindowFixture.waitForText(robot, "#rule-check", "0 violations", 20);
        assertEquals(EventType.START, run.lane(1).type(0));
    }

    /** Receives stamped before their sends. */
    private static int backwards(RunModel model) {
        int count = 0;
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i) == EventType.RECEIVE && lane.partner(i) >= 0
                        && lane.time(i) < model.lane(lane.sender(i)).time(lane.partner(i))) {
                    count++;
                }
            }
        }
        return count;
    }
}
