package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import scalemodels.event.EventType;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunModel;
import scalemodels.sim.Simulator;

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
        long first = writeTrial(logs, 1, new RunSettings(3, 7, 1, 6, 10, 1, 20));
        long second = writeTrial(logs, 2, new RunSettings(3, 8, 1, 6, 10, 1, 10));
        window.openAt(robot, 1280, 800, logs);
        assertEquals(first, model().events(), "the first trial, alone");
        assertEquals(3, model().vms());
        ChoiceBox<?> chooser = robot.lookup("#run-choice").queryAs(ChoiceBox.class);
        assertTrue(chooser.isVisible(), "several runs: the chooser shows");
        assertEquals("Run 1 of 2", chooser.getConverter().toString(cast(chooser.getValue())));

        robot.clickOn(chooser);
        robot.clickOn("Run 2 of 2");
        waitFor(30, () -> model() != null && model().events() == second);
        assertEquals(3, model().vms());
        assertEquals(2, chooser.getValue());

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

    /**
     * A simulated run as another implementation logs it, one file per VM named by trial and machine, tab-separated,
     * its receives naming nothing. Returns how many events it holds.
     */
    private static long writeTrial(Path dir, int trial, RunSettings settings) throws IOException {
        List<List<String>> lines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new Simulator(settings, 1_000).run(e -> {
            if (e.type().isTick()) {
                lines.get(e.vm()).add(String.format(Locale.ROOT, "%.3f", (e.timeMicros()
                        - Simulator.VIRTUAL_EPOCH_MICROS) / 1e6) + "\t" + switch (e.type()) {
                            case RECEIVE -> "Receive";
                            case SEND -> "Send";
                            default -> "Internal";
                        } + "\tLogical Clock: " + e.clock() + "\tQueue Length: " + e.queue());
            }
        });
        long events = 0;
        for (int vm = 0; vm < 3; vm++) {
            Files.write(dir.resolve("trial" + trial + "_machine_" + (vm + 1) + ".log"), lines.get(vm));
            events += lines.get(vm).size();
        }
        return events;
    }
}
