package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.label;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import scalemodels.event.EventType;
import scalemodels.model.RunSettings;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.CausalOrder.Relation;
import scalemodels.rundata.ConsistentCut;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;

/**
 * Causality through the real window: a click shows an event's causal cone (past and future bands, concurrent
 * stretches outlined), Esc clears it, Shift+click states how a second event is related to the first.
 */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CausalityInWindowTest {
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
    void aClickShowsTheCausalConeEscClearsItAndShiftClickRelatesTwoEvents(FxRobot robot) throws Exception {
        simulateAt1280x800(robot);
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        RunModel model = window.view.runViewModel().modelProperty().get();

        // A receive near the middle of the run, far enough from its neighbours to be clicked alone.
        EventRef receive = find(model, 1, r -> model.lane(1).type(r.index()) == EventType.RECEIVE);
        robot.clickOn(screenPoint(receive));
        assertEquals(receive, window.view.timeline().selection().first());
        CausalOrder.Cone cone = window.view.timeline().selection().cone();
        assertNotNull(cone, "a selected event shows its cone");
        LaneData lane = model.lane(1);
        EventRef send = new EventRef(lane.sender(receive.index()), lane.partner(receive.index()));
        assertEquals(Relation.BEFORE, cone.of(send.lane(), send.index()), "its message's send is in its past");
        CausalOrder order = CausalOrder.of(model);
        for (int vm = 0; vm < 3; vm++) {
            for (int i = 0; i < model.lane(vm).size(); i++) {
                assertEquals(order.relation(new EventRef(vm, i), receive), cone.of(vm, i), vm + "/" + i);
            }
        }

        // Pixel probes: a blue band over a past event, a vermilion one over a future event, a purple outline
        // around a concurrent stretch.
        EventRef past = find(model, send.lane(), r -> cone.of(r.lane(), r.index()) == Relation.BEFORE);
        assertTrue(probeBand(robot, past, c -> c.getBlue() - c.getRed() > 0.08), "past band at " + past);
        EventRef future = find(model, 1, r -> cone.of(r.lane(), r.index()) == Relation.AFTER);
        assertTrue(probeBand(robot, future, c -> c.getRed() - c.getBlue() > 0.08), "future band at " + future);
        EventRef concurrent = findAny(model, r -> cone.of(r.lane(), r.index()) == Relation.CONCURRENT);
        assertTrue(probeOutline(robot, concurrent), "purple outline over the concurrent stretch at " + concurrent);

        // Shift+click a concurrent event: the two are concurrent, and the total order still ranks them.
        robot.press(KeyCode.SHIFT).clickOn(screenPoint(concurrent)).release(KeyCode.SHIFT);
        assertEquals(concurrent, window.view.timeline().selection().second());
        String details = label(robot, "#selection-details").getText();
        assertTrue(details.contains("a || b: concurrent."), details);
        assertTrue(details.contains("Lamport's total order still puts"), details);

        // Shift+click a future event on another lane: a -> b, through the messages that link them.
        EventRef later = findAny(model, r -> r.lane() != 1 && cone.of(r.lane(), r.index()) == Relation.AFTER);
        robot.press(KeyCode.SHIFT).clickOn(screenPoint(later)).release(KeyCode.SHIFT);
        details = label(robot, "#selection-details").getText();
        assertTrue(details.contains("a -> b: a happened before b, through "), details);
        assertTrue(details.contains("Lamport order agrees: clock " + lane.clock(receive.index()) + " < "), details);
        java.util.List<EventRef> chain = order.chain(receive, later);
        assertTrue(chain.size() >= 2, "a message links them");
        assertTrue(probeChain(robot, chain.get(chain.size() - 2), chain.get(chain.size() - 1)),
                "the last message of the chain is drawn bold and black");

        robot.type(KeyCode.ESCAPE);
        assertNull(window.view.timeline().selection().cone(), "Esc clears the cone");
        assertNull(window.view.timeline().selection().first());
        assertTrue(probeBand(robot, past, c -> Math.abs(c.getBlue() - c.getRed()) < 0.05), "no band after Esc");
    }

    /**
     * Logs whose receives name neither sender nor timestamp ("From Network", as a real implementation writes them):
     * the cone and the relation of two events follow the matched messages only, and the window says so.
     */
    @Test
    void whereReceivesNameNoSenderTheConeAndTheRelationSayTheyFollowTheMatchedMessagesOnly(FxRobot robot)
            throws Exception {
        Path logs = Files.createDirectories(window.home.resolve("from-network"));
        FromNetworkLogs.write(logs, new RunSettings(3, 21, 1, 6, 10, 1, 12), vm -> "machine" + vm + ".txt");
        window.openAt(robot, 1280, 800, logs);
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        RunModel model = window.view.runViewModel().modelProperty().get();
        long receives = 0;
        for (int vm = 0; vm < model.vms(); vm++) {
            for (int i = 0; i < model.lane(vm).size(); i++) {
                receives += model.lane(vm).type(i) == EventType.RECEIVE ? 1 : 0;
            }
        }

        EventRef receive = find(model, 1, r -> model.lane(1).type(r.index()) == EventType.RECEIVE);
        robot.clickOn(screenPoint(receive));
        String unmatched = receives + " of " + receives + " receives could not be matched to their send (the logs do "
                + "not say which it was)";
        String details = label(robot, "#selection-details").getText();
        assertTrue(details.contains("from VM ?   message timestamp ? (not logged)"), details);
        assertTrue(details.contains("Its causal past and future (the shaded bands) follow the matched messages only: "
                + unmatched + ", so events shown as concurrent with it may not be."), details);

        CausalOrder.Cone cone = window.view.timeline().selection().cone();
        EventRef other = findAny(model, r -> r.lane() != 1 && cone.of(r.lane(), r.index()) == Relation.CONCURRENT);
        robot.press(KeyCode.SHIFT).clickOn(screenPoint(other)).release(KeyCode.SHIFT);
        details = label(robot, "#selection-details").getText();
        assertTrue(details.contains("a || b: concurrent as far as the matched messages show."), details);
        assertTrue(details.contains(unmatched + ": a message the logs do not link may join them"), details);
        assertFalse(details.contains("neither could have affected the other"), details);
    }

    @Test
    void theAxisLaysTheRunOutByLamportClockOrByTotalOrderAndEveryMessageThenPointsForward(FxRobot robot)
            throws Exception {
        simulateAt1280x800(robot);
        var timeline = window.view.timeline();
        RunModel run = window.view.runViewModel().modelProperty().get();
        long unit = LogicalLayout.UNIT;

        robot.clickOn("#axis-lamport");
        assertEquals(LogicalLayout.Axis.LAMPORT, timeline.axis());
        int mid = run.lane(1).size() / 2;
        long lamportPlace = run.lane(1).clock(mid) * unit + unit / 4;
        waitFor(10, () -> shownTime(1, mid) == lamportPlace && everyPlace(t -> t % unit < unit / 2 + 10));
        RunModel laid = timeline.shownModel();
        int receives = 0;
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = laid.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i) == EventType.RECEIVE && lane.partner(i) >= 0) {
                    assertTrue(lane.time(i) > laid.lane(lane.sender(i)).time(lane.partner(i)), "forward");
                    receives++;
                }
            }
        }
        assertTrue(receives > 10, "messages to look at: " + receives);
        // An internal event's dot or a send's triangle: a receive's diamond is hollow, its middle background.
        EventRef onAxis = find(laid, 1, r -> laid.lane(1).type(r.index()) == EventType.INTERNAL
                || laid.lane(1).type(r.index()) == EventType.SEND);
        assertTrue(inkAt(robot, onAxis), "a glyph where its clock puts it");
        robot.clickOn(screenPoint(laid, onAxis));
        assertEquals(onAxis, timeline.selection().first(), "events are picked where the axis draws them");
        assertTrue(label(robot, "#selection-details").getText().contains("clock " + run.lane(1).clock(
                onAxis.index())), "and described as they are");

        robot.clickOn("#axis-total");
        waitFor(10, () -> everyPlace(t -> t % unit == 0)); // after the morph: every event at a whole place
        RunModel numbered = timeline.shownModel();
        java.util.List<Long> places = new java.util.ArrayList<>();
        for (int vm = 0; vm < 3; vm++) {
            for (int i = 0; i < numbered.lane(vm).size(); i++) {
                places.add(numbered.lane(vm).time(i) / unit);
            }
        }
        java.util.Collections.sort(places);
        for (int k = 0; k < places.size(); k++) {
            assertEquals(k + 1, places.get(k), "numbered 1..n, each place once");
        }

        robot.clickOn("#axis-real");
        waitFor(10, () -> timeline.shownModel() == run);
    }

    @Test
    void aCutPlacedWithCIsConsistentADraggedHandleBreaksItAndSSnapsItBack(FxRobot robot) throws Exception {
        simulateAt1280x800(robot);
        WindowFixture.clickWhenShown(robot, "#fit-whole-run");
        var tool = window.view.timeline().selection().cut();
        TimelineGeometry g = window.view.timeline().geometry();

        robot.moveTo(canvasPoint(g.width() * 0.4, g.eventY(0) - 30)).type(KeyCode.C);
        ConsistentCut cut = tool.cut();
        assertNotNull(cut, "C places a cut");
        assertTrue(cut.consistent(), "a vertical cut in real time is consistent");
        String details = label(robot, "#selection-details").getText();
        assertTrue(details.startsWith("Cut: consistent."), details);
        assertTrue(details.contains("Global state at the cut:\n  VM 0: clock "), details);
        assertTrue(probeCut(robot, 0, c -> c.getGreen() - c.getRed() > 0.2), "a green line down lane 0");

        // VM 1's point dragged to the end of the run takes in receives of messages VM 0 sent after the cut.
        int before = cut.frontier()[1];
        robot.drag(canvasPoint(tool.x(1), g.eventY(1))).dropTo(canvasPoint(g.width() - 12, g.eventY(1)));
        cut = tool.cut();
        assertTrue(cut.frontier()[1] > before, "the handle moved VM 1's point only");
        assertEquals(ConsistentCut.at(window.view.runViewModel().modelProperty().get(),
                g.time(g.width() * 0.4)).frontier()[0], cut.frontier()[0], "VM 0's point stayed");
        assertFalse(cut.consistent());
        details = label(robot, "#selection-details").getText();
        assertTrue(details.startsWith("Cut: INCONSISTENT."), details);
        assertTrue(probeCut(robot, 1, c -> c.getRed() - c.getGreen() > 0.3), "a red line down lane 1");

        robot.type(KeyCode.S);
        assertTrue(tool.cut().consistent(), "S snaps to the latest consistent cut before it");
        assertTrue(tool.cut().frontier()[1] < cut.frontier()[1]);
        assertTrue(label(robot, "#selection-details").getText().startsWith("Cut: consistent."));
        robot.type(KeyCode.ESCAPE);
        assertNull(tool.cut(), "Esc clears the cut");
    }

    private Point2D canvasPoint(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().localToScreen(x, y)).get();
    }

    /** Whether every event of the run as drawn stands at a time that passes the test. */
    private boolean everyPlace(java.util.function.LongPredicate test) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            RunModel shown = window.view.timeline().shownModel();
            for (int vm = 0; vm < shown.vms(); vm++) {
                for (int i = 0; i < shown.lane(vm).size(); i++) {
                    if (!test.test(shown.lane(vm).time(i))) {
                        return false;
                    }
                }
            }
            return true;
        }).get();
    }

    private long shownTime(int vm, int i) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.view.timeline().shownModel().lane(vm).time(i)).get();
    }

    /** The same simulated run for every test (seed 21, 12 s), opened for replay in a 1280x800 window. */
    private void simulateAt1280x800(FxRobot robot) throws Exception {
        window.simulateAt(robot, 1280, 800, new RunSettings(3, 21, 1, 6, 10, 1, 12));
    }

    /** An event of {@code lane} that passes the test, nearest the middle of the view and clear of its neighbours. */
    private EventRef find(RunModel model, int lane, Predicate<EventRef> test) {
        TimelineGeometry g = window.view.timeline().geometry();
        LaneData data = model.lane(lane);
        EventRef best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 1; i + 1 < data.size(); i++) {
            EventRef r = new EventRef(lane, i);
            double x = g.x(data.time(i));
            boolean clear = x - g.x(data.time(i - 1)) > 12 && g.x(data.time(i + 1)) - x > 12;
            double distance = Math.abs(x - g.width() / 2);
            if (clear && x > 40 && x < g.width() - 40 && test.test(r) && distance < bestDistance) {
                best = r;
                bestDistance = distance;
            }
        }
        assertNotNull(best, "no event on lane " + lane + " fits");
        return best;
    }

    private EventRef findAny(RunModel model, Predicate<EventRef> test) {
        for (int lane = 0; lane < model.vms(); lane++) {
            try {
                return find(model, lane, test);
            } catch (AssertionError none) {
                // try the next lane
            }
        }
        throw new AssertionError("no event fits");
    }

    private Point2D screenPoint(EventRef e) throws Exception {
        return screenPoint(window.view.runViewModel().modelProperty().get(), e);
    }

    /** Where {@code e} is drawn on screen, {@code shown} being the run as drawn. */
    private Point2D screenPoint(RunModel shown, EventRef e) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TimelineGeometry g = window.view.timeline().geometry();
            return canvas().localToScreen(g.x(shown.lane(e.lane()).time(e.index())), g.eventY(e.lane()));
        }).get();
    }

    private Canvas canvas() {
        return (Canvas) window.view.timeline().lookup("#timeline-canvas");
    }

    /** The band colour just inside the top of the event's lane, above its glyph and clock label. */
    private boolean probeBand(FxRobot robot, EventRef e, Predicate<Color> test) throws Exception {
        return anyPixel(robot, (g, run) -> new double[] {x(g, run, e), g.laneTop(e.lane()) + 6}, 0, 0, test);
    }

    /** Near-black pixels around the middle of the arrow from {@code send} to {@code receive}. */
    private boolean probeChain(FxRobot robot, EventRef send, EventRef receive) throws Exception {
        return anyPixel(robot, (g, run) -> new double[] {(x(g, run, send) + x(g, run, receive)) / 2,
            (g.eventY(send.lane()) + g.eventY(receive.lane())) / 2}, 3, 0,
            c -> c.getRed() < 0.3 && c.getGreen() < 0.3 && c.getBlue() < 0.3);
    }

    /** A purple pixel on the top edge of the concurrent stretch's dashed outline, near the event. */
    private boolean probeOutline(FxRobot robot, EventRef e) throws Exception {
        return anyPixel(robot, (g, run) -> new double[] {x(g, run, e), g.laneTop(e.lane()) + 4.5}, 12, 2,
            c -> c.getRed() - c.getGreen() > 0.2 && c.getBlue() - c.getGreen() > 0.3);
    }

    /** A pixel of the cut's line a third of the way down the lane passes the test. */
    private boolean probeCut(FxRobot robot, int lane, Predicate<Color> test) throws Exception {
        return anyPixel(robot, (g, run) -> new double[] {window.view.timeline().selection().cut().x(lane),
            g.laneTop(lane) + g.laneHeight() * 0.3}, 1, 0, test);
    }

    /** Ink (not background) where the event's glyph is drawn, on the run as drawn now. */
    private boolean inkAt(FxRobot robot, EventRef e) throws Exception {
        return anyPixel(robot, (g, run) -> new double[] {x(g, window.view.timeline().shownModel(), e),
            g.eventY(e.lane())}, 1, 0, c -> c.getRed() + c.getGreen() + c.getBlue() < 2.4);
    }

    private static double x(TimelineGeometry g, RunModel run, EventRef e) {
        return g.x(run.lane(e.lane()).time(e.index()));
    }

    /**
     * Whether a pixel of the canvas within {@code dx}, {@code dy} of the point passes the test within 5 s; the point is
     * taken on the FX thread from the geometry and the run. Waited for: the canvas shows a change on the frame after
     * it (a morph's end re-fits the view).
     */
    private boolean anyPixel(FxRobot robot, java.util.function.BiFunction<TimelineGeometry, RunModel, double[]> where,
                             int dx, int dy, Predicate<Color> test) throws Exception {
        try {
            waitFor(5, () -> pixelNow(robot, where, dx, dy, test));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private boolean pixelNow(FxRobot robot, java.util.function.BiFunction<TimelineGeometry, RunModel, double[]> where,
                             int dx, int dy, Predicate<Color> test) throws Exception {
        robot.interact(() -> { });
        return WaitForAsyncUtils.asyncFx(() -> {
            double[] at = where.apply(window.view.timeline().geometry(),
                    window.view.runViewModel().modelProperty().get());
            PixelReader pixels = canvas().snapshot(null, null).getPixelReader();
            int x = (int) Math.round(at[0]);
            int y = (int) Math.round(at[1]);
            for (int i = -dx; i <= dx; i++) {
                for (int j = -dy; j <= dy; j++) {
                    if (test.test(pixels.getColor(x + i, y + j))) {
                        return true;
                    }
                }
            }
            return false;
        }).get();
    }
}
