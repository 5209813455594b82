package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.label;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
import scalemodels.timeline.TimelineGeometry;
import scalemodels.ui.run.RunState;

/** The real window, driven by a robot under Monocle, with real VM processes behind it. */
@WindowTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MainWindowTest {
    private WindowFixture window;
    private MainWindowView view;
    private final List<Long> pids = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        window = WindowFixture.open(stage);
        view = window.view;
    }

    @AfterEach
    void closeRun(FxRobot robot) throws IOException {
        window.close(robot);
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "VM process " + pid + " left behind");
        }
    }

    @Test
    void startShowsLanesClocksAndArrowsAndStopEndsEveryProcess(FxRobot robot) throws Exception {
        setField(robot, "#seed-field", "42");
        setField(robot, "#speed-field", "15");
        setField(robot, "#duration-field", "0");
        robot.clickOn("#startButton");

        waitFor(60, () -> state() == RunState.RUNNING);
        recordPids();
        waitFor(30, () -> allLanesHaveEvents() && model().lane(0).size() > 10);
        long firstClock = Long.parseLong(label(robot, "#lane-clock-0").getText());
        waitFor(30, () -> Long.parseLong(label(robot, "#lane-clock-0").getText()) > firstClock);
        waitFor(30, () -> hasMatchedMessage() && view.timeline().lastFrame().arrows() + view.timeline().lastFrame().pendingArrows() > 0);
        for (int lane = 0; lane < 3; lane++) {
            assertTrue(robot.lookup("#lane-header-" + lane).tryQuery().isPresent(), "header of lane " + lane);
        }
        assertTrue(inkInLane(robot, 0) > 50, "the first lane shows events on the canvas");
        assertEquals("Lost 0", label(robot, "#status-lost").getText());
        assertTrue(robot.lookup("#stopButton").queryAs(Button.class).isFocusTraversable());

        robot.clickOn("#stopButton");
        waitFor(30, () -> state() == RunState.FINISHED);
        for (int lane = 0; lane < 3; lane++) {
            assertEquals(VmStatus.STOPPED, model().status(lane));
            // The state is read from this thread, so the frame that redraws the headers may still be to come.
            String header = "#lane-state-" + lane;
            waitFor(10, () -> "stopped".equals(label(robot, header).getText()));
        }
        waitFor(10, () -> pids.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        assertEquals("Lost 0", label(robot, "#status-lost").getText());
    }

    @Test
    void theWindowCarriesTheAppsTitleAndIcon(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#startButton").query().getScene().getWindow();
        assertEquals(ScaleModelsApp.TITLE, stage.getTitle());
        assertEquals(1, stage.getIcons().size());
        assertEquals(256, stage.getIcons().get(0).getWidth(), "the icon of the app image and the .deb's menu entry");
    }

    @Test
    void anInvalidSettingExplainsItselfAndDisablesStart(FxRobot robot) throws Exception {
        Button start = robot.lookup("#startButton").queryAs(Button.class);
        assertFalse(start.isDisabled());
        robot.doubleClickOn("#vms-field").eraseText(3).write("1");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = label(robot, "#vms-error");
        assertTrue(error.isVisible());
        assertEquals("Must be between 2 and 16, got 1", error.getText());
        assertTrue(start.isDisabled());
        assertTrue(robot.lookup("#vms-field").queryAs(TextField.class).getStyleClass().contains("invalid"));

        robot.doubleClickOn("#vms-field").eraseText(3).write("4");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible());
        assertFalse(start.isDisabled());
    }

    @Test
    void rerunWithTheSameSeedDrawsTheSameRates(FxRobot robot) throws Exception {
        setField(robot, "#seed-field", "99");
        setField(robot, "#speed-field", "10");
        setField(robot, "#duration-field", "1");
        robot.clickOn("#startButton");
        waitFor(60, () -> state() == RunState.FINISHED);
        recordPids();
        List<String> first = rates(robot);
        assertTrue(first.stream().allMatch(r -> r.matches("\\d+ ticks/s.*")), first.toString());

        robot.clickOn("#rerunButton");
        waitFor(10, () -> state() != RunState.FINISHED);
        waitFor(60, () -> state() == RunState.FINISHED);
        recordPids();
        assertEquals(first, rates(robot));
        assertTrue(label(robot, "#last-seed").getText().contains("seed 99"));
    }

    @Test
    void hoveringAndClickingAnEventShowItsDetails(FxRobot robot) throws Exception {
        setField(robot, "#seed-field", "7");
        setField(robot, "#speed-field", "4");
        setField(robot, "#duration-field", "2");
        robot.clickOn("#startButton");
        waitFor(60, () -> state() == RunState.FINISHED);
        recordPids();
        int[] send = WaitForAsyncUtils.asyncFx(this::isolatedMatchedSend).get();
        assertTrue(send[0] >= 0, "the run has a received message drawn apart from its neighbours");

        Point2D point = WaitForAsyncUtils.asyncFx(() -> screenPointOf(send[0], send[1])).get();
        robot.moveTo(point);
        waitFor(10, () -> robot.lookup("#hover-details").queryAs(Label.class).isVisible());
        String hover = label(robot, "#hover-details").getText();
        assertTrue(hover.startsWith("Send on VM " + send[0]), hover);
        assertTrue(hover.contains("vector clock"), hover);

        robot.clickOn(point);
        waitFor(10, () -> label(robot, "#selection-details").getText().contains("message partner"));
        String details = label(robot, "#selection-details").getText();
        assertTrue(details.startsWith("Send on VM " + send[0]), details);
        assertTrue(details.contains("receive on VM"), details);
        assertTrue(details.matches("(?s).*\nsend: (\\d+) \\+ 1 = \\d+, carried to VM \\d.*"),
                "why the clock is what it is: " + details);

        // The view zooms out under the still pointer: the card follows what is under it now, or goes. The window
        // knows the pointer to a fraction of a pixel this test does not, so any event within reach of it will do.
        robot.type(javafx.scene.input.KeyCode.MINUS);
        robot.interact(() -> { });
        Point2D local = WaitForAsyncUtils.asyncFx(() -> ((Canvas) view.timeline().lookup("#timeline-canvas"))
                .screenToLocal(point)).get();
        Label card = label(robot, "#hover-details");
        if (card.isVisible()) {
            assertTrue(eventsNear(local, 8.5).contains(card.getText()),
                    "the card tells of an event under the pointer now: " + card.getText());
        } else {
            assertEquals(List.of(), eventsNear(local, 5.5), "no card, so nothing is under the pointer");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The details of every event in the lane under a canvas point within {@code pixels} of it horizontally. */
    private List<String> eventsNear(Point2D local, double pixels) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TimelineGeometry g = view.timeline().geometry();
            int lane = g.laneAt(local.getY());
            List<String> texts = new ArrayList<>();
            LaneData data = model().lane(lane);
            for (int i = 0; i < data.size(); i++) {
                if (Math.abs(g.x(data.time(i)) - local.getX()) <= pixels) {
                    texts.add(scalemodels.rundata.EventInspector.describe(model(),
                            new scalemodels.rundata.EventRef(lane, i)));
                }
            }
            return texts;
        }).get();
    }

    private void setField(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private RunState state() {
        return view.runViewModel().stateProperty().get();
    }

    private RunModel model() {
        return view.runViewModel().modelProperty().get();
    }

    private void recordPids() {
        for (long pid : view.runViewModel().live().processIds()) {
            pids.add(pid);
        }
    }

    private boolean allLanesHaveEvents() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            RunModel m = model();
            for (int lane = 0; lane < m.vms(); lane++) {
                if (m.lane(lane).size() < 2) {
                    return false;
                }
            }
            return m.vms() == 3;
        }).get();
    }

    private boolean hasMatchedMessage() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            RunModel m = model();
            for (int lane = 0; lane < m.vms(); lane++) {
                LaneData data = m.lane(lane);
                for (int i = 0; i < data.size(); i++) {
                    if (data.type(i) == EventType.RECEIVE && data.partner(i) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }).get();
    }

    /**
     * The send whose message was received that stands farthest from its lane's other events in the window's own
     * geometry (at least 3 px: beyond the hit test's tie band and the pointer's rounding), in view, so the pointer put
     * on it can only mean it even when a tick ran late. {lane, index}, or {-1, -1}.
     */
    private int[] isolatedMatchedSend() {
        RunModel m = model();
        TimelineGeometry g = view.timeline().geometry();
        int[] best = {-1, -1};
        double bestGap = 3;
        for (int lane = 0; lane < m.vms(); lane++) {
            LaneData data = m.lane(lane);
            for (int i = 0; i < data.size(); i++) {
                if (data.type(i) != EventType.RECEIVE || data.partner(i) < 0) {
                    continue;
                }
                LaneData sender = m.lane(data.sender(i));
                int send = data.partner(i);
                double x = g.x(sender.time(send));
                double gap = Math.min(send == 0 ? Double.MAX_VALUE : x - g.x(sender.time(send - 1)),
                        send + 1 >= sender.size() ? Double.MAX_VALUE : g.x(sender.time(send + 1)) - x);
                if (gap > bestGap && x > 20 && x < g.width() - 20) {
                    best = new int[] {data.sender(i), send};
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    private Point2D screenPointOf(int lane, int index) {
        Canvas canvas = (Canvas) view.timeline().lookup("#timeline-canvas");
        TimelineGeometry g = view.timeline().geometry();
        return canvas.localToScreen(g.x(model().lane(lane).time(index)), g.eventY(lane));
    }

    private List<String> rates(FxRobot robot) {
        List<String> rates = new ArrayList<>();
        for (int lane = 0; lane < 3; lane++) {
            rates.add(label(robot, "#lane-rate-" + lane).getText());
        }
        return rates;
    }

    /** Pixels in a lane's band of the canvas snapshot that are not background. */
    private int inkInLane(FxRobot robot, int lane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = (Canvas) view.timeline().lookup("#timeline-canvas");
            WritableImage image = canvas.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            TimelineGeometry g = view.timeline().geometry();
            int top = (int) g.laneTop(lane);
            int bottom = (int) (g.laneTop(lane) + g.laneHeight());
            Color background = Color.web("#fbfbfd");
            int ink = 0;
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    Color c = pixels.getColor(x, y);
                    if (Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                            + Math.abs(c.getBlue() - background.getBlue()) > 0.3) {
                        ink++;
                    }
                }
            }
            return ink;
        }).get();
    }

}
