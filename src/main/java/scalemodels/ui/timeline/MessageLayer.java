package scalemodels.ui.timeline;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import scalemodels.log.EventType;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;

/**
 * Message arrows: solid from a send to its receive; dashed from a send to the receiver's lane at "now" while the
 * message is in flight or waiting in the receiver's queue, so a growing queue shows as a fan of dashed arrows.
 */
final class MessageLayer {
    /** Line strokes per frame the software pipeline affords at 60 fps (measured: about 1,000-1,500). */
    static final int ARROW_BUDGET = 1_200;
    /** Newest pending messages drawn per channel. */
    static final int PENDING_PER_CHANNEL = 150;

    record Counts(int solid, int pending, boolean skipped) {
    }

    Counts draw(GraphicsContext gc, RunModel model, TimelineGeometry g, long nowMicros, EventRef selected,
                List<EventRef> partners) {
        long windowEnd = g.viewEnd() + model.maxLatencyMicros();
        int candidates = 0;
        for (int lane = 0; lane < model.vms(); lane++) {
            LaneData data = model.lane(lane);
            candidates += data.firstAtOrAfter(windowEnd) - data.firstAtOrAfter(g.viewStart());
        }
        int solid = 0;
        boolean skipped = candidates > ARROW_BUDGET * 3;
        if (!skipped) {
            solid = drawSolid(gc, model, g, windowEnd);
        } else {
            gc.setFill(Palette.AXIS);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("Too many messages to draw one by one: zoom in to see arrows", g.width() - 8, g.height() - 4);
        }
        int pending = drawPending(gc, model, g, nowMicros);
        if (!skipped) {
            drawLost(gc, model, g);
        }
        drawSelectedArrows(gc, model, g, selected, partners);
        return new Counts(solid, pending, skipped);
    }

    private int drawSolid(GraphicsContext gc, RunModel model, TimelineGeometry g, long windowEnd) {
        int drawn = 0;
        gc.setLineDashes();
        gc.setLineWidth(1.1);
        for (int to = 0; to < model.vms() && drawn < ARROW_BUDGET; to++) {
            LaneData receiver = model.lane(to);
            int end = receiver.firstAtOrAfter(windowEnd);
            for (int i = receiver.firstAtOrAfter(g.viewStart()); i < end && drawn < ARROW_BUDGET; i++) {
                if (receiver.type(i) != EventType.RECEIVE || receiver.partner(i) < 0) {
                    continue;
                }
                int from = receiver.sender(i);
                double x0 = g.x(model.lane(from).time(receiver.partner(i)));
                double x1 = g.x(receiver.time(i));
                if (x1 < 0 || x0 > g.width()) {
                    continue;
                }
                Color color = Palette.lane(from).deriveColor(0, 1, 1, 0.7);
                arrow(gc, color, x0, g.eventY(from), x1, g.eventY(to));
                drawn++;
            }
        }
        return drawn;
    }

    private int drawPending(GraphicsContext gc, RunModel model, TimelineGeometry g, long nowMicros) {
        double xNow = g.x(nowMicros);
        int drawn = 0;
        gc.setLineWidth(1.1);
        for (int from = 0; from < model.vms(); from++) {
            LaneData sender = model.lane(from);
            for (int to = 0; to < model.vms(); to++) {
                RunModel.IntQueueView waiting = model.unreceived(from, to);
                int first = Math.max(0, waiting.size() - PENDING_PER_CHANNEL);
                Color color = Palette.lane(from).deriveColor(0, 1, 1, 0.8);
                for (int k = first; k < waiting.size(); k++) {
                    double x0 = g.x(sender.time(waiting.get(k)));
                    if (x0 > g.width() || xNow < 0) {
                        continue;
                    }
                    gc.setLineDashes(5, 4);
                    arrow(gc, color, x0, g.eventY(from), xNow, g.eventY(to));
                    drawn++;
                }
            }
        }
        gc.setLineDashes();
        return drawn;
    }

    /** Messages that never left (peer gone) or were dropped by a fault: a short arrow ending in a cross. */
    private static void drawLost(GraphicsContext gc, RunModel model, TimelineGeometry g) {
        gc.setLineDashes();
        gc.setLineWidth(1.3);
        for (int from = 0; from < model.vms(); from++) {
            LaneData sender = model.lane(from);
            int end = sender.firstAtOrAfter(g.viewEnd());
            for (int i = sender.firstAtOrAfter(g.viewStart()); i < end; i++) {
                int lost = sender.failedMask(i) | sender.droppedMask(i);
                if (lost == 0) {
                    continue;
                }
                double x0 = g.x(sender.time(i));
                double y0 = g.eventY(from);
                for (int to : LaneData.recipientsOf(lost)) {
                    double y1 = y0 + (g.eventY(to) - y0) * 0.35;
                    double x1 = x0 + 14;
                    gc.setStroke(Palette.NOW);
                    gc.strokeLine(x0, y0, x1, y1);
                    gc.strokeLine(x1 - 4, y1 - 4, x1 + 4, y1 + 4);
                    gc.strokeLine(x1 - 4, y1 + 4, x1 + 4, y1 - 4);
                }
            }
        }
    }

    private static void drawSelectedArrows(GraphicsContext gc, RunModel model, TimelineGeometry g, EventRef selected,
                                           List<EventRef> partners) {
        if (selected == null || selected.lane() >= model.vms()) {
            return;
        }
        gc.setLineDashes();
        gc.setLineWidth(2.5);
        double sx = g.x(model.lane(selected.lane()).time(selected.index()));
        double sy = g.eventY(selected.lane());
        for (EventRef partner : partners) {
            double px = g.x(model.lane(partner.lane()).time(partner.index()));
            double py = g.eventY(partner.lane());
            boolean selectedIsSend = model.lane(selected.lane()).type(selected.index()) == EventType.SEND;
            if (selectedIsSend) {
                arrow(gc, Palette.SELECTION, sx, sy, px, py);
            } else {
                arrow(gc, Palette.SELECTION, px, py, sx, sy);
            }
        }
    }

    private static void arrow(GraphicsContext gc, Color color, double x0, double y0, double x1, double y1) {
        gc.setStroke(color);
        gc.strokeLine(x0, y0, x1, y1);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double size = 7;
        gc.setFill(color);
        gc.fillPolygon(
                new double[] {x1, x1 - size * Math.cos(angle - 0.4), x1 - size * Math.cos(angle + 0.4)},
                new double[] {y1, y1 - size * Math.sin(angle - 0.4), y1 - size * Math.sin(angle + 0.4)}, 3);
    }
}
