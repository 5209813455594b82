package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.label;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import scalemodels.model.RunSettings;
import scalemodels.rundata.ClockExplanation;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.EventSteps;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;
import scalemodels.ui.run.RunState;

/** Stepping through a replay and through a held live run with the arrow keys, the explanation following each step. */
@WindowTest
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class StepThroughInWindowTest {
    private WindowFixture window;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        window = WindowFixture.open(primary);
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void rightAndLeftStepThroughAKnownReplayEventByEventAndTheReplayMovesOnToReachTheEvent(FxRobot robot)
            throws Exception {
        window.simulateAt(robot, 1280, 800, new RunSettings(3, 21, 1, 6, 10, 1, 12));
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        RunModel full = window.view.runViewModel().analysisModel();
        assertTrue(robot.lookup("#replay-speed").queryAs(ComboBox.class).getItems().contains(0.1),
                "playback down to 0.1x");

        // From the start of the replay: every step forward is the next event in time, and the replay reaches it.
        robot.interact(() -> window.view.runViewModel().replay().seek(0));
        robot.clickOn(canvasPoint(5, 5)); // focus the timeline, select nothing
        EventRef expected = EventSteps.at(full, window.view.timeline().geometry().viewStart());
        robot.type(KeyCode.RIGHT);
        assertEquals(expected, selected(), "the first step: the first event in view");
        for (int k = 0; k < 6; k++) {
            expected = EventSteps.next(full, expected, false);
            robot.type(KeyCode.RIGHT);
            assertEquals(expected, selected(), "step " + (k + 2));
            String details = label(robot, "#selection-details").getText();
            String why = ClockExplanation.of(full, expected).strip();
            assertTrue(details.contains(why), "the explanation follows the step: " + details + " / " + why);
        }
        double reached = window.view.runViewModel().replay().positionProperty().get();
        assertTrue(reached * 1e6 + full.startMicros() >= full.lane(expected.lane()).time(expected.index()) - 1,
                "the replay moved on to the stepped event");

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(new EventRef(expected.lane(), expected.index() + 1), selected(), "Shift: the same VM's next");
        EventRef back = selected();
        for (int k = 0; k < 4; k++) {
            back = EventSteps.previous(full, back, false);
            robot.type(KeyCode.LEFT);
        }
        assertEquals(back, selected(), "and back again");
    }

    @Test
    void aHeldLiveRunKeepsCountingWhileTheViewStandsStillAndCtrlLLetsGo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            robot.lookup("#seed-field").queryAs(TextField.class).setText("5");
            robot.lookup("#speed-field").queryAs(TextField.class).setText("4");
            robot.lookup("#duration-field").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#startButton");
        waitFor(60, () -> window.view.runViewModel().stateProperty().get() == RunState.RUNNING
                && window.view.runViewModel().modelProperty().get().events() > 20);
        WindowFixture.clickWhenShown(robot, "#hold");
        waitFor(5, () -> robot.lookup("#held-badge").query().isVisible()); // a clear marker
        TimelineGeometry g = window.view.timeline().geometry();
        long viewStart = g.viewStart();
        long span = g.span();
        long events = window.view.runViewModel().modelProperty().get().events();
        waitFor(20, () -> window.view.runViewModel().modelProperty().get().events() > events + 20);
        robot.interact(() -> { });
        assertEquals(viewStart, g.viewStart(), "the view stands still");
        assertEquals(span, g.span());
        assertFalse(g.followsLive());

        robot.clickOn(canvasPoint(5, 5));
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        EventRef stepped = selected();
        assertTrue(stepped != null, "steps in the held run");
        assertEquals(viewStart, g.viewStart(), "stepping back within view keeps it still");

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.interact(() -> { });
        waitFor(5, () -> !robot.lookup("#held-badge").query().isVisible()); // back to live
        assertTrue(g.followsLive());
    }

    @Test
    void f1ShowsTheLegendDrawnByTheTimelinesOwnCodeAndF1HidesIt(FxRobot robot) throws Exception {
        robot.clickOn(canvasPoint(5, 5));
        robot.type(KeyCode.F1);
        waitFor(5, () -> robot.lookup("#legend").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        var samples = robot.lookup(".legend-sample").queryAllAs(Canvas.class);
        assertEquals(21, samples.size(), "glyphs, arrows (logged, paired by arrival order, in flight), lost marks, "
                + "queue, pauses, crashes, rules, selection, cone, cut and now");
        for (Canvas sample : samples) {
            assertTrue(ink(sample) > 5, "each sample is drawn");
        }
        var texts = robot.lookup(".legend-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertTrue(texts.contains("causal past of the selected event"), texts.toString());
        robot.type(KeyCode.F1);
        waitFor(5, () -> robot.lookup("#legend").tryQuery().map(n -> !n.getScene().getWindow().isShowing())
                .orElse(true));
        robot.clickOn("#legend-button");
        waitFor(5, () -> robot.lookup("#legend").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        robot.clickOn(canvasPoint(5, 400));
        waitFor(5, () -> robot.lookup("#legend").tryQuery().map(n -> !n.getScene().getWindow().isShowing())
                .orElse(true));

        // In presentation mode and the dark theme the legend follows the window: larger samples, dark panel.
        robot.interact(() -> {
            window.view.settingsViewModel().presentation().larger();
            window.view.settingsViewModel().presentation().larger(); // 1.5
            window.view.settingsViewModel().presentation().toggleDark();
        });
        robot.clickOn("#legend-button");
        waitFor(5, () -> robot.lookup("#legend").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        Canvas large = robot.lookup(".legend-sample").queryAs(Canvas.class);
        assertEquals(1.5 * 64, large.getWidth(), 0.01, "samples at the presentation scale");
        assertTrue(ink(large) > 5 * 2, "drawn at that scale");
        var legend = robot.lookup("#legend").queryAs(javafx.scene.layout.Region.class);
        var panel = (javafx.scene.paint.Color) legend.getBackground().getFills().get(0).getFill();
        assertTrue(panel.getBrightness() < 0.3, "the dark theme's panel: " + panel);
        var text = robot.lookup(".legend-text").queryAs(javafx.scene.control.Label.class);
        assertEquals(1.5 * 13, text.getFont().getSize(), 0.01, "text at the presentation scale");
    }

    /** Pixels of a canvas that are not white or transparent. */
    private static int ink(Canvas canvas) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var pixels = canvas.snapshot(null, null).getPixelReader();
            int ink = 0;
            for (int y = 0; y < canvas.getHeight(); y++) {
                for (int x = 0; x < canvas.getWidth(); x++) {
                    var c = pixels.getColor(x, y);
                    if (c.getOpacity() > 0.1 && c.getRed() + c.getGreen() + c.getBlue() < 2.8) {
                        ink++;
                    }
                }
            }
            return ink;
        }).get();
    }

    private EventRef selected() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.view.timeline().selection().first()).get();
    }

    private Point2D canvasPoint(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Canvas) window.view.timeline().lookup("#timeline-canvas"))
                .localToScreen(x, y + TimelineGeometry.AXIS_HEIGHT)).get();
    }
}
