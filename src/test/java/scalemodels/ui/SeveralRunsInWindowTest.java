package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import scalemodels.model.RunSettings;
import scalemodels.rundata.RunModel;

/**
 * Logs that hold several runs, through the real window: a folder of two trials (trial1_machine_1.log, ...,
 * trial2_machine_3.log) opens on the first, the toolbar's chooser says so and shows the other on a pick.
 */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeveralRunsInWindowTest {
    private WindowFixture window;

    @Start
    void start(Stage primary) throws IOException {
        window = WindowFixture.open(primary);
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void theChooserShowsWhichRunIsOpenAndOpensAnother(FxRobot robot) throws Exception {
        Path logs = Files.createDirectories(window.home.resolve("trials"));
        long first = FromNetworkLogs.write(logs, new RunSettings(3, 7, 1, 6, 10, 1, 20),
                vm -> "trial1_machine_" + (vm + 1) + ".log");
        long second = FromNetworkLogs.write(logs, new RunSettings(3, 8, 1, 6, 10, 1, 10),
                vm -> "trial2_machine_" + (vm + 1) + ".log");
        window.openAt(robot, 1280, 800, logs);
        assertEquals(first, model().events(), "the first trial, alone");
        assertEquals(3, model().vms());
        ChoiceBox<?> chooser = robot.lookup("#run-choice").queryAs(ChoiceBox.class);
        assertTrue(chooser.isVisible(), "several runs: the chooser shows");
        assertEquals("Run 1 of 2", chooser.getConverter().toString(cast(chooser.getValue())));

        robot.clickOn(chooser);
        robot.clickOn("Run 2 of 2");
        // The run is on screen, then the chooser follows in the same pulse: wait for both.
        waitFor(30, () -> model() != null && model().events() == second
                && Integer.valueOf(2).equals(chooser.getValue()));
        assertEquals(3, model().vms());
        assertEquals("Run 2 of 2", chooser.getConverter().toString(cast(chooser.getValue())));

        window.simulateAt(robot, 1280, 800, new RunSettings(3, 9, 1, 6, 10, 1, 5));
        assertFalse(chooser.isVisible(), "a run of ours holds one run: no chooser");
    }

    private RunModel model() {
        return window.view.runViewModel().modelProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
