package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import scalemodels.model.RunSettings;
import scalemodels.ui.run.RunState;

/** The window's layout where it used to break: 16 lanes, and the status bar in a small window. */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WindowLayoutTest {
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
    void sixteenLanesKeepEachVmsClockStateAndQueueReadableInsideItsOwnLaneAt1280x800And1024x600(FxRobot robot) throws Exception {
        window.simulateAt(robot, 1280, 800, new RunSettings(16, 3, 1, 6, 10, 50, 5));
        robot.interact(() -> { });
        assertHeadersFit(robot, 16);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        robot.interact(() -> { });
        assertHeadersFit(robot, 16);
    }

    @Test
    void sixteenLiveVmsAtSpeed50StayReadableWhileTheyRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.view.runViewModel().live().start(new RunSettings(16, 7, 1, 6, 10, 50, 4));
        });
        waitFor(90, () -> window.view.runViewModel().stateProperty().get() == RunState.RUNNING);
        waitFor(30, () -> window.view.runViewModel().modelProperty().get().events() > 2_000);
        robot.interact(() -> { });
        assertHeadersFit(robot, 16);
        robot.interact(() -> window.view.runViewModel().live().stop()); // seen while running: no need to wait out 4 s
        waitFor(60, () -> window.view.runViewModel().stateProperty().get() != RunState.RUNNING
                && window.view.runViewModel().stateProperty().get() != RunState.STOPPING);
    }

    /** Each header's clock, state and queue inside its own lane and header, whole, the clock the largest text. */
    private static void assertHeadersFit(FxRobot robot, int vms) throws Exception {
        // On the FX thread: the frame that moves the texts cannot run in between the looks.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> headersFit(robot, vms)).get();
    }

    private static void headersFit(FxRobot robot, int vms) {
        for (int vm = 0; vm < vms; vm++) {
            Node header = robot.lookup("#lane-header-" + vm).query();
            Bounds lane = header.localToScene(header.getLayoutBounds());
            for (String part : List.of("#lane-clock-", "#lane-state-", "#lane-queue-")) {
                Label label = robot.lookup(part + vm).queryAs(Label.class);
                Bounds bounds = label.localToScene(label.getLayoutBounds());
                assertTrue(label.isVisible() && label.getScene() != null, part + vm + " is shown");
                assertTrue(bounds.getMinY() >= lane.getMinY() - 0.5 && bounds.getMaxY() <= lane.getMaxY() + 0.5,
                        part + vm + " " + bounds + " stays inside its lane " + lane);
                assertTrue(bounds.getMaxX() <= lane.getMaxX() + 0.5, part + vm + " stays inside the header");
                // While a run goes the text changes every frame; cut short, it would end with the skin's "...".
                assertTrue(!shownText(label).endsWith("...") && !shownText(label).isEmpty(),
                        part + vm + " is not cut short: '" + shownText(label) + "'");
            }
            assertTrue(robot.lookup("#lane-clock-" + vm).queryAs(Label.class).getFont().getSize() >= 13,
                    "the clock stays the header's largest text");
        }
    }

    @Test
    void theStatusBarCountersStayWholeAt1024x768WithALongMessage(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.view.runViewModel().messageProperty().set("Exported 9 files to /home/someone/a/rather/long/path/"
                    + "of/folders/run.zip; events.csv holds 123456 of the run's 123456 events.");
        });
        robot.interact(() -> { });
        for (String id : List.of("#status-state", "#status-elapsed", "#status-events", "#status-rate",
                "#status-in-flight", "#status-lost")) {
            Label counter = robot.lookup(id).queryAs(Label.class);
            assertEquals(counter.getText(), shownText(counter), id + " keeps its width");
        }
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        assertTrue(shownText(message).endsWith("..."), "the message gives way: " + shownText(message));
        assertEquals(message.getText(), message.getTooltip().getText(), "and says all of it in its tooltip");
    }

    @Test
    void anOpenedRunCanBeFittedZoomedByKeyAndNotPannedOutOfItsTime(FxRobot robot) throws Exception {
        robot.interact(() -> window.view.runViewModel().live().simulate(new RunSettings(3, 5, 1, 6, 10, 1, 60), 1_000));
        waitFor(60, () -> window.view.runViewModel().stateProperty().get() == RunState.REPLAY);
        robot.interact(() -> { });
        var timeline = window.view.timeline();
        var g = timeline.geometry();
        var model = window.view.runViewModel().modelProperty().get();
        assertEquals(scalemodels.timeline.TimelineGeometry.DEFAULT_SPAN_MICROS, g.span(), "a new run, the default zoom");

        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        assertTrue(g.viewStart() <= model.startMicros() && g.viewEnd() >= model.lastEventMicros(),
                "the whole 60 s run in view");
        robot.drag("#timeline-canvas").dropBy(600, 0);
        assertTrue(g.viewStart() >= model.startMicros() - g.span() * 0.03, "no panning into time before the run");

        long fitted = g.span();
        robot.clickOn("#timeline-canvas");
        assertTrue(timeline.isFocused(), "a click on the canvas focuses the timeline; focused: "
                + timeline.getScene().getFocusOwner());
        robot.type(javafx.scene.input.KeyCode.EQUALS);
        assertEquals(Math.round(fitted / 1.5), g.span(), 1, "+ zooms in");
        robot.type(javafx.scene.input.KeyCode.MINUS).type(javafx.scene.input.KeyCode.MINUS);
        assertTrue(g.span() > fitted, "- zooms out");

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        robot.interact(() -> { });
        assertTrue(g.followsLive());
        assertTrue(g.viewEnd() >= model.lastEventMicros() && g.viewStart() < model.lastEventMicros(),
                "Ctrl+L after the run's end shows its last moments");
    }

    @Test
    void presentationModeScalesTextGlyphsAndLinesAndIsRemembered(FxRobot robot) throws Exception {
        window.simulateAt(robot, 1280, 800, new RunSettings(3, 5, 1, 6, 10, 1, 20));
        robot.interact(() -> { });
        double clockHeight = textHeight(robot, "#lane-clock-0");
        double statusHeight = textHeight(robot, "#status-events");
        var g = window.view.timeline().geometry();
        double canvasWidth = g.width();
        long span = g.span();
        robot.clickOn("#timeline-canvas"); // focused, the timeline leaves Ctrl+Plus to the window

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.EQUALS)
                .type(javafx.scene.input.KeyCode.EQUALS).release(javafx.scene.input.KeyCode.CONTROL);
        robot.interact(() -> { });
        assertEquals(1.5, window.view.settingsViewModel().presentation().property().get(), 1e-9);
        assertEquals(1.5, g.scale(), 1e-9, "the canvas draws 1.5 times larger");
        assertEquals(span, g.span(), "Ctrl+= did not zoom the timeline, as = alone would");
        assertTrue(g.width() < canvasWidth / 1.4, "and holds fewer units across: " + g.width() + " of " + canvasWidth);
        assertEquals(1.5 * clockHeight, textHeight(robot, "#lane-clock-0"), clockHeight * 0.15,
                "the lane header's clock grew with it");
        assertEquals(1.5 * statusHeight, textHeight(robot, "#status-events"), statusHeight * 0.15,
                "and the status bar's text");

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.MINUS)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(1.25, window.view.settingsViewModel().presentation().property().get(), 1e-9);
        var saved = window.view.settingsViewModel().toProperties();
        var again = new scalemodels.ui.settings.SettingsViewModel();
        again.restore(saved);
        assertEquals(1.25, again.presentation().property().get(), 1e-9, "remembered with the settings");
    }

    @Test
    void theDarkThemeDarkensTheCanvasThroughTheStyleSheetAndIsRemembered(FxRobot robot) throws Exception {
        robot.interact(() -> window.view.runViewModel().live().simulate(new RunSettings(3, 5, 1, 6, 10, 1, 10),
                1_000));
        waitFor(60, () -> window.view.runViewModel().stateProperty().get() == RunState.REPLAY);
        assertTrue(canvasBackgroundBrightness(robot) > 0.9, "light by default");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT)
                .type(javafx.scene.input.KeyCode.D)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        assertTrue(window.view.settingsViewModel().presentation().darkProperty().get());
        waitFor(5, () -> canvasBackgroundBrightness(robot) < 0.15); // the canvas, not only the controls
        robot.clickOn("Charts");
        waitFor(10, () -> window.view.charts().chart(scalemodels.report.RunCharts.Kind.CLOCKS) != null
                && ((java.awt.Color) window.view.charts().chart(scalemodels.report.RunCharts.Kind.CLOCKS)
                .getBackgroundPaint()).getRed() < 60); // the charts too
        var clocks = window.view.charts().chart(scalemodels.report.RunCharts.Kind.CLOCKS);
        assertEquals(new java.awt.Color(scalemodels.timeline.LaneColours.rgb(0)),
                clocks.getXYPlot().getRenderer().getSeriesPaint(0), "VM 0's line keeps its lane colour");
        robot.clickOn("Timeline");
        assertEquals("dark", window.view.settingsViewModel().toProperties().getProperty("theme"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT)
                .type(javafx.scene.input.KeyCode.D)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitFor(5, () -> canvasBackgroundBrightness(robot) > 0.9);
    }

    @Test
    void saveViewDrawsTheCanvasAsItIsTwiceAsLargeIntoAPng(FxRobot robot) throws Exception {
        window.simulateAt(robot, 1280, 800, new RunSettings(3, 5, 1, 6, 10, 1, 10));
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        var file = window.home.resolve("view.png");
        var ink = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            var timeline = window.view.timeline();
            var canvas = (javafx.scene.canvas.Canvas) timeline.lookup("#timeline-canvas");
            var image = scalemodels.ui.timeline.FxPainter.snapshot(timeline.savedView(), 2);
            assertEquals(canvas.getWidth() * 2, image.getWidth(), 1, "twice the canvas's width");
            assertEquals(canvas.getHeight() * 2, image.getHeight(), 1);
            scalemodels.ui.PngWriter.write(image, file);
            // The first event of VM 0, where the canvas has it, at twice the coordinates: drawn, not blank.
            var g = timeline.geometry();
            var run = timeline.shownModel();
            int x = (int) Math.round(2 * g.x(run.lane(0).time(1)));
            int y = (int) Math.round(2 * g.eventY(0));
            int dark = 0;
            for (int dx = -4; dx <= 4; dx++) {
                var c = image.getPixelReader().getColor(x + dx, y);
                dark += c.getBrightness() < 0.8 ? 1 : 0;
            }
            return dark;
        }).get();
        assertTrue(ink > 0, "the event's glyph is in the picture");
        var read = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(2 * (int) window.view.timeline().lookup("#timeline-canvas").getBoundsInLocal().getWidth(),
                read.getWidth(), 2, "the PNG on disk, 2x");

        // The same view as SVG: one group per event glyph drawn on the canvas, the canvas's size.
        var svgFile = window.home.resolve("view.svg");
        int glyphs = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            WindowCommands.saveView(window.view.timeline(), window.view.runViewModel(), svgFile);
            return window.view.timeline().lastFrame().glyphs(); // as the canvas drew them
        }).get();
        var svg = scalemodels.timeline.TimelinePictureTest.parse(Files.readString(svgFile));
        assertTrue(glyphs > 20, "a 10 s run in view: " + glyphs);
        assertEquals(glyphs, scalemodels.timeline.TimelinePictureTest.groups(svg, "event ").size());
        var canvas = window.view.timeline().lookup("#timeline-canvas").getBoundsInLocal();
        assertEquals(canvas.getWidth(), Double.parseDouble(svg.getDocumentElement().getAttribute("width")), 1);
        assertEquals(canvas.getHeight(), Double.parseDouble(svg.getDocumentElement().getAttribute("height")), 1);
        assertTrue(window.view.runViewModel().messageProperty().get().startsWith("Saved the view as SVG"));
    }

    /** The canvas's colour just below the axis at its left edge (background: no lane band, no event there). */
    private double canvasBackgroundBrightness(FxRobot robot) throws Exception {
        robot.interact(() -> { });
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            var canvas = (javafx.scene.canvas.Canvas) window.view.timeline().lookup("#timeline-canvas");
            var c = canvas.snapshot(null, null).getPixelReader().getColor(2,
                    (int) scalemodels.timeline.TimelineGeometry.AXIS_HEIGHT + 3);
            return c.getBrightness();
        }).get();
    }

    /** The height of a label's text as laid out (its Text node's bounds). */
    private static double textHeight(FxRobot robot, String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        return label.lookup(".text").getBoundsInLocal().getHeight();
    }

    @Test
    void anIdleWindowOffersNoControlsOfARun(FxRobot robot) {
        for (String control : new String[] {"#held-badge", "#hold", "#fit-whole-run", "#back-to-live"}) {
            assertTrue(!robot.lookup(control).query().isVisible(), control + " shows before any run");
        }
        assertTrue(robot.lookup("#legend-button").query().isVisible(), "the legend is there from the start");
    }

    @Test
    void startWithSettingsThatCannotRunSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> window.view.settingsViewModel().text(RunSettings.Field.VMS).set("99"));
        robot.type(javafx.scene.input.KeyCode.F5);
        String message = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Cannot start: Virtual machines: "), message);
        assertEquals(RunState.IDLE, window.view.runViewModel().stateProperty().get());
    }

    @Test
    void aRunTooLargeForTheLogBudgetIsNotStartedAndTheStatusSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> window.view.runViewModel().live().simulate(new RunSettings(16, 1, 1, 6, 10, 10_000, 60),
                1_000));
        WindowFixture.waitForText(robot, "#status-message", "Not started: this run would write about ", 20);
        assertTrue(WindowFixture.label(robot, "#status-message").getTooltip() == null
                || WindowFixture.label(robot, "#status-message").getTooltip().getText().contains("--max-log-size"));
        assertTrue(window.view.runViewModel().stateProperty().get() != RunState.REPLAY, "nothing was run");
    }

    @Test
    void aPausedVmsQueueStripGrowsWithEachArrivalNotOnlyAtResume(FxRobot robot) throws Exception {
        String t = "time=2026-12-02T19:00:";
        java.nio.file.Path run = java.nio.file.Files.createDirectories(window.home.resolve("paused-run"));
        StringBuilder sender = new StringBuilder(t + "00.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 "
                + "speed=1 seed=1 vms=2 vc=0,0\n" + t + "01.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 "
                + "to=1 vc=1,0\n");
        for (int k = 2; k <= 9; k++) {
            sender.append(t).append(String.format("%02d", k + 1)).append(".000000Z vm=0 tick=").append(k)
                    .append(" event=send clock=").append(k).append(" queue=0 value=1 to=1 vc=").append(k)
                    .append(",0\n");
        }
        sender.append(t + "12.000000Z vm=0 tick=9 event=stop clock=9 queue=0\n");
        java.nio.file.Files.writeString(run.resolve("vm_0.log"), sender);
        java.nio.file.Files.writeString(run.resolve("vm_1.log"), String.join("\n",
                t + "00.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=2 vc=0,0",
                t + "01.000300Z vm=1 tick=1 event=receive clock=2 queue=0 from=0 msg=1 vc=1,1",
                t + "02.000000Z vm=1 tick=1 event=pause clock=2 queue=0",
                t + "11.000000Z vm=1 tick=1 event=resume clock=2 queue=8",
                t + "12.000000Z vm=1 tick=1 event=stop clock=2 queue=8") + "\n");
        robot.interact(() -> window.view.runViewModel().opened().openRun(run));
        waitFor(30, () -> window.view.runViewModel().stateProperty().get() == RunState.REPLAY);
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        robot.interact(() -> { });
        int[] heights = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            var canvas = (javafx.scene.canvas.Canvas) window.view.timeline().lookup("#timeline-canvas");
            var image = canvas.snapshot(null, null);
            var g = window.view.timeline().geometry();
            var model = window.view.runViewModel().modelProperty().get();
            long start = model.lane(1).time(2);
            int[] inked = new int[3];
            // Just after the pause, halfway, and just before the resume: queue-coloured pixels in VM 1's strip.
            double[] at = {0.05, 0.5, 0.95};
            for (int k = 0; k < 3; k++) {
                int x = (int) g.x(start + Math.round(at[k] * 9_000_000));
                for (int y = (int) g.queueStripTop(1); y < g.queueStripTop(1) + g.queueStripHeight(); y++) {
                    javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                    inked[k] += c.getRed() > 0.85 && c.getGreen() > 0.6 && c.getBlue() < 0.7 ? 1 : 0;
                }
            }
            return inked;
        }).get();
        assertTrue(heights[0] < heights[1] && heights[1] < heights[2],
                "the strip rises while VM 1 is paused: " + java.util.Arrays.toString(heights));
    }

    /** What a label actually draws: its text, or the text cut short with "..." when it does not fit. */
    private static String shownText(Label label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }
}
