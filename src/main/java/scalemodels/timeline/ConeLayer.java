package scalemodels.timeline;

import java.util.List;


import scalemodels.event.EventType;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * The selected event's causal cone: lanes, queues and messages fade under a veil; on each lane the causal past is a
 * blue band up to the last event the selection has heard of, the causal future a vermilion band from the first
 * event that has heard of it, and the concurrent stretch between them is framed by a dashed purple outline. The
 * cone's messages are drawn again above the veil, the events (drawn after it) get a ring in their class's colour,
 * dashed when concurrent, and with a second event selected the message chain linking the two is drawn bold. Bands
 * come from the cone's per-lane bounds, so the cost is per lane and per visible event, never per event of the run.
 */
final class ConeLayer {
    /** Cone arrows per frame at most, as for the plain arrows (MessageLayer.ARROW_BUDGET). */
    static final int ARROW_BUDGET = 300;
    private static final Typeface TAG_FONT = Typeface.bold(11);

    private ConeLayer() {
    }

    /** The veil over what is drawn so far, the cone's bands and, unless there are too many, its messages. */
    static void drawUnder(Painter gc, TimelineGeometry g, RunModel model, Highlights selection,
                          long nowMicros, boolean arrows) {
        CausalOrder.Cone cone = selection.cone();
        if (cone == null || cone.origin().lane() >= model.vms()) {
            return;
        }
        gc.setFill(Palette.VEIL);
        gc.fillRect(0, TimelineGeometry.AXIS_HEIGHT, g.width(), g.height() - TimelineGeometry.AXIS_HEIGHT);
        for (int lane = 0; lane < model.vms(); lane++) {
            drawBands(gc, g, model.lane(lane), lane, cone, nowMicros);
        }
        if (arrows) {
            drawArrows(gc, g, model, cone);
        }
    }

    /** Above the events: rings by class where glyphs are drawn, the chain between two selected events, a and b. */
    static void drawOver(Painter gc, TimelineGeometry g, RunModel model, Highlights selection,
                         boolean glyphs) {
        CausalOrder.Cone cone = selection.cone();
        if (cone == null || cone.origin().lane() >= model.vms()) {
            return;
        }
        if (glyphs) {
            for (int lane = 0; lane < model.vms(); lane++) {
                drawRings(gc, g, model.lane(lane), lane, cone);
            }
        }
        drawChain(gc, g, model, selection.chain());
        tag(gc, g, model, cone.origin(), selection.second() == null ? null : "a");
        if (selection.second() != null) {
            tag(gc, g, model, selection.second(), "b");
        }
    }

    private static void drawBands(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex,
                                  CausalOrder.Cone cone, long nowMicros) {
        double top = g.laneTop(laneIndex) + 3;
        double height = g.laneHeight() - 6;
        int pastEnd = cone.pastEnd()[laneIndex];
        int futureStart = cone.futureStart()[laneIndex];
        int known = Math.min(cone.known()[laneIndex], lane.size());
        double margin = 6;
        if (pastEnd > 0) {
            fill(gc, g, Palette.PAST_BAND, g.x(lane.time(0)) - margin, g.x(lane.time(pastEnd - 1)) + margin, top,
                    height);
        }
        if (futureStart < known) {
            long end = known == lane.size() ? Math.max(nowMicros, lane.time(known - 1)) : lane.time(known - 1);
            fill(gc, g, Palette.FUTURE_BAND, g.x(lane.time(futureStart)) - margin, g.x(end) + margin, top, height);
        }
        int lastConcurrent = Math.min(futureStart, known) - 1;
        int firstConcurrent = laneIndex == cone.origin().lane() ? Integer.MAX_VALUE : pastEnd;
        if (firstConcurrent <= lastConcurrent) {
            double x0 = Math.max(-2, g.x(lane.time(firstConcurrent)) - margin);
            double x1 = Math.min(g.width() + 2, g.x(lane.time(lastConcurrent)) + margin);
            if (x1 > x0) {
                concurrentOutline(gc, x0, top + 1, x1 - x0, height - 2);
            }
        }
    }

    /** The dashed purple frame around a lane's stretch of events concurrent with the selected one. */
    static void concurrentOutline(Painter gc, double x, double y, double width, double height) {
        gc.setStroke(Palette.CONCURRENT);
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.strokeRect(x, y, width, height);
        gc.setLineDashes();
    }

    /** A legend sample of a past or future band: the band, and a ringed event in it. */
    static void band(Painter gc, Rgba bandColor, Rgba ringColor, double[] size) {
        gc.setFill(bandColor);
        gc.fillRect(2, 2, size[0] - 4, size[1] - 4);
        Glyphs.draw(gc, EventType.INTERNAL, 0, size[0] / 2, size[1] / 2);
        gc.setLineWidth(1.6);
        ring(gc, ringColor, size[0] / 2, size[1] / 2, false);
    }

    private static void fill(Painter gc, TimelineGeometry g, Rgba color, double x0, double x1, double top,
                             double height) {
        double left = Math.max(0, x0);
        double right = Math.min(g.width(), x1);
        if (right > left) {
            gc.setFill(color);
            gc.fillRect(left, top, right - left, height);
        }
    }

    /** The cone's events in view, each ringed in its class's colour (dashed: concurrent). */
    private static void drawRings(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex,
                                   CausalOrder.Cone cone) {
        double margin = 10 * g.microsPerPixel();
        int from = lane.firstAtOrAfter(g.viewStart() - (long) margin);
        int to = lane.firstAtOrAfter(g.viewEnd() + (long) margin);
        double y = g.eventY(laneIndex);
        gc.setLineWidth(1.6);
        for (int i = from; i < to; i++) {
            CausalOrder.Relation relation = cone.of(laneIndex, i);
            if (relation == null) {
                continue;
            }
            double x = g.x(lane.time(i));
            switch (relation) {
                case BEFORE -> ring(gc, Palette.PAST, x, y, false);
                case AFTER -> ring(gc, Palette.FUTURE, x, y, false);
                case CONCURRENT -> ring(gc, Palette.CONCURRENT, x, y, true);
                case SAME -> {
                }
            }
        }
        gc.setLineDashes();
    }

    private static void ring(Painter gc, Rgba color, double x, double y, boolean dashed) {
        gc.setStroke(color);
        if (dashed) {
            gc.setLineDashes(2.5, 2);
        } else {
            gc.setLineDashes();
        }
        gc.strokeOval(x - 6.5, y - 6.5, 13, 13);
    }

    /** Messages inside the cone: into the past (received by then) and out into the future (sent from then on). */
    private static void drawArrows(Painter gc, TimelineGeometry g, RunModel model, CausalOrder.Cone cone) {
        gc.setLineWidth(1.6);
        gc.setLineDashes();
        int drawn = 0;
        for (int to = 0; to < model.vms() && drawn < ARROW_BUDGET; to++) {
            LaneData receiver = model.lane(to);
            int end = receiver.firstAtOrAfter(g.viewEnd() + model.maxLatencyMicros());
            for (int i = receiver.firstAtOrAfter(g.viewStart()); i < end && drawn < ARROW_BUDGET; i++) {
                if (receiver.type(i) != EventType.RECEIVE || receiver.partner(i) < 0 || receiver.sender(i) < 0) {
                    continue;
                }
                int from = receiver.sender(i);
                int send = receiver.partner(i);
                CausalOrder.Relation received = cone.of(to, i);
                CausalOrder.Relation sent = cone.of(from, send);
                Rgba color = received == CausalOrder.Relation.BEFORE || received == CausalOrder.Relation.SAME
                        ? Palette.PAST : sent == CausalOrder.Relation.AFTER || sent == CausalOrder.Relation.SAME
                        ? Palette.FUTURE : null;
                if (color != null) {
                    MessageLayer.arrow(gc, color, g.x(model.lane(from).time(send)), g.eventY(from),
                            g.x(receiver.time(i)), g.eventY(to));
                    drawn++;
                }
            }
        }
    }

    /** The messages that link the two selected events, bold. */
    private static void drawChain(Painter gc, TimelineGeometry g, RunModel model, List<EventRef> chain) {
        gc.setLineWidth(3);
        gc.setLineDashes();
        for (int k = 0; k + 1 < chain.size(); k += 2) {
            EventRef send = chain.get(k);
            EventRef receive = chain.get(k + 1);
            MessageLayer.arrow(gc, Palette.SELECTION, g.x(model.lane(send.lane()).time(send.index())),
                    g.eventY(send.lane()), g.x(model.lane(receive.lane()).time(receive.index())),
                    g.eventY(receive.lane()));
        }
    }

    /** "a" or "b" above a selected event (nothing for a lone selection). */
    private static void tag(Painter gc, TimelineGeometry g, RunModel model, EventRef e, String tag) {
        if (tag == null || e.lane() >= model.vms() || e.index() >= model.lane(e.lane()).size()) {
            return;
        }
        double x = g.x(model.lane(e.lane()).time(e.index()));
        double y = g.eventY(e.lane());
        gc.setFill(Palette.SELECTION);
        gc.setFont(TAG_FONT);
        gc.setTextAlign(Painter.Align.CENTER);
        gc.setTextBaseline(Painter.Baseline.TOP);
        gc.fillText(tag, x, y + 10);
    }
}
