package scalemodels.timeline;

import java.util.List;


import scalemodels.event.EventType;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RecipientMask;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.UnreceivedSends;

/**
 * Message arrows: solid from a send to its arrival in the receiver's queue (the send's time plus the channel's
 * transit, estimated by its quickest message), then dotted along the receiver's lane to the receive that took it off
 * the queue: the slope is the network, the dotted run the wait. Dashed from a send to the receiver's lane at "now"
 * while the message is in flight or waiting, so a growing queue shows as a fan of dashed arrows.
 */
public final class MessageLayer {
    /**
     * Arrows per frame, newest first. The software pipeline strokes about 1,000-1,500 short lines per frame at 60 Hz
     * on an idle machine, but an arrow between lanes is long (its cost grows with its height), a live run shares the
     * cores with its VMs, and each arrow may be a line and a head (docs/benchmarks.md).
     */
    static final int ARROW_BUDGET = 300;
    /** Up to this many arrows per frame get a head; above it they are plain lines (heads are filled paths). */
    static final int HEADS_UP_TO = 200;
    /**
     * Pending messages drawn per frame over all channels, the newest of each channel: each is a long line (from its
     * send to "now", often across several lanes), the costliest thing the software pipeline draws.
     */
    static final int PENDING_BUDGET = 60;

    /** Newest pending messages drawn (and hit-tested) per channel. */
    public static int pendingPerChannel(int vms) {
        return Math.max(1, PENDING_BUDGET / Math.max(1, vms * (vms - 1)));
    }
    /** A wait shorter than this is not drawn apart from its arrow. */
    static final double WAIT_SHOWN_FROM_PIXELS = 3;
    /** The dotted wait runs just below the event row, so it does not cover the events it passes. */
    static final double WAIT_BELOW_ROW = 4;
    /**
     * Arrows of messages paired by {@link scalemodels.rundata.ArrivalOrder} (the receiver's log names no sender): short
     * dashes, unlike the long ones of a message still on its way, so a guess never looks like a logged match.
     */
    static final double[] GUESSED_DASHES = {2, 3};
    /** Pending messages over all channels drawn dashed; above it they are thin plain lines (dashes cost a path each). */
    static final int DASHED_UP_TO = 100;

    record Counts(int solid, int pending, boolean skipped) {
    }

    Counts draw(Painter gc, RunModel model, TimelineGeometry g, long nowMicros) {
        long windowEnd = g.viewEnd() + model.maxLatencyMicros();
        int candidates = 0;
        for (int lane = 0; lane < model.vms(); lane++) {
            LaneData data = model.lane(lane);
            candidates += data.firstAtOrAfter(windowEnd) - data.firstAtOrAfter(g.viewStart());
        }
        int solid = 0;
        boolean skipped = candidates > ARROW_BUDGET * 6;
        if (!skipped) {
            solid = drawSolid(gc, model, g, windowEnd, candidates <= HEADS_UP_TO * 2);
        } else {
            gc.setFill(Palette.AXIS);
            gc.setTextAlign(Painter.Align.RIGHT);
            gc.setTextBaseline(Painter.Baseline.BOTTOM);
            gc.fillText("Too many messages to draw one by one: zoom in to see arrows", g.width() - 8, g.height() - 4);
        }
        int pending = drawPending(gc, model, g, nowMicros);
        if (!skipped) {
            drawLost(gc, model, g);
        }
        return new Counts(solid, pending, skipped);
    }

    /** Newest first, so that when the budget runs out it is the oldest arrows in view that are left out. */
    private int drawSolid(Painter gc, RunModel model, TimelineGeometry g, long windowEnd, boolean heads) {
        int drawn = 0;
        gc.setLineDashes();
        gc.setLineWidth(1.1);
        int[] next = new int[model.vms()];
        int[] first = new int[model.vms()];
        for (int to = 0; to < model.vms(); to++) {
            next[to] = model.lane(to).firstAtOrAfter(windowEnd) - 1;
            first[to] = model.lane(to).firstAtOrAfter(g.viewStart());
        }
        double[] waits = new double[ARROW_BUDGET * 3];
        Rgba[] waitColors = new Rgba[ARROW_BUDGET];
        int waitCount = 0;
        while (drawn < ARROW_BUDGET) {
            // The receiver whose next (going back in time) receive is the latest.
            int to = -1;
            for (int lane = 0; lane < model.vms(); lane++) {
                if (next[lane] >= first[lane]
                        && (to < 0 || model.lane(lane).time(next[lane]) > model.lane(to).time(next[to]))) {
                    to = lane;
                }
            }
            if (to < 0) {
                break;
            }
            LaneData receiver = model.lane(to);
            int i = next[to]--;
            if (receiver.type(i) != EventType.RECEIVE) {
                continue;
            }
            EventRef send = receiver.partner(i) >= 0 ? new EventRef(receiver.sender(i), receiver.partner(i))
                    : model.arrivalOrder().sendOf(to, i);
            if (send == null) {
                continue;
            }
            int from = send.lane();
            long sentAt = model.lane(from).time(send.index());
            double x0 = g.x(sentAt);
            double x1 = g.x(receiver.time(i));
            if (x1 < 0 || x0 > g.width()) {
                continue;
            }
            double arrived = Math.min(x1, g.x(sentAt + model.transitMicros(from, to)));
            Rgba color = Palette.lane(from).fade(0.7);
            boolean guessed = receiver.partner(i) < 0;
            if (guessed) {
                gc.setLineDashes(GUESSED_DASHES);
            }
            if (heads) {
                arrow(gc, color, x0, g.eventY(from), arrived, g.eventY(to));
            } else {
                gc.setStroke(color);
                gc.strokeLine(x0, g.eventY(from), arrived, g.eventY(to));
            }
            if (guessed) {
                gc.setLineDashes();
            }
            if (x1 - arrived >= WAIT_SHOWN_FROM_PIXELS) {
                waits[waitCount++] = arrived;
                waits[waitCount++] = x1;
                waits[waitCount++] = g.eventY(to) + WAIT_BELOW_ROW;
                waitColors[waitCount / 3 - 1] = color;
            }
            drawn++;
        }
        drawWaits(gc, waits, waitColors, waitCount, heads);
        return drawn;
    }

    /** The time messages waited in their receivers' queues: dotted runs along the receivers' lanes. */
    private static void drawWaits(Painter gc, double[] waits, Rgba[] colors, int count, boolean dotted) {
        gc.setLineWidth(1.2);
        if (dotted) {
            gc.setLineDashes(1.5, 2.5);
        }
        for (int k = 0; k < count; k += 3) {
            gc.setStroke(colors[k / 3]);
            gc.strokeLine(waits[k], waits[k + 2], waits[k + 1], waits[k + 2]);
        }
        gc.setLineDashes();
    }

    private int drawPending(Painter gc, RunModel model, TimelineGeometry g, long nowMicros) {
        double xNow = g.x(nowMicros);
        int drawn = 0;
        int total = 0;
        int perChannel = pendingPerChannel(model.vms());
        for (int from = 0; from < model.vms(); from++) {
            for (int to = 0; to < model.vms(); to++) {
                total += Math.min(perChannel, model.arrivalOrder().awaiting(from, to).size());
            }
        }
        boolean dashed = total <= DASHED_UP_TO;
        gc.setLineWidth(dashed ? 1.1 : 0.8);
        for (int from = 0; from < model.vms(); from++) {
            LaneData sender = model.lane(from);
            for (int to = 0; to < model.vms(); to++) {
                UnreceivedSends waiting = model.arrivalOrder().awaiting(from, to);
                int first = Math.max(0, waiting.size() - perChannel);
                Rgba color = Palette.lane(from).fade(0.8);
                for (int k = first; k < waiting.size() && drawn < PENDING_BUDGET; k++) {
                    double x0 = g.x(sender.time(waiting.get(k)));
                    if (x0 > g.width() || xNow < 0) {
                        continue;
                    }
                    if (dashed) {
                        gc.setLineDashes(5, 4);
                        arrow(gc, color, x0, g.eventY(from), xNow, g.eventY(to));
                    } else {
                        gc.setStroke(color);
                        gc.strokeLine(x0, g.eventY(from), xNow, g.eventY(to));
                    }
                    drawn++;
                }
            }
        }
        gc.setLineDashes();
        return drawn;
    }

    /**
     * Messages that never left (peer gone) or were dropped by a fault: a short stroke from the send towards the
     * recipient, inside the sender's lane and in its colour, ending in a cross labelled with the recipient.
     */
    private static void drawLost(Painter gc, RunModel model, TimelineGeometry g) {
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
                for (int to : RecipientMask.ids(lost)) {
                    double[] cross = g.lostMessageEnd(from, to, x0);
                    lostMark(gc, Palette.lane(from), x0, y0, cross[0], cross[1], "to VM " + to);
                }
            }
        }
    }

    /** A message that never left or was dropped: a stroke in the sender's colour ending in a labelled cross. */
    static void lostMark(Painter gc, Rgba color, double x0, double y0, double x1, double y1, String label) {
        gc.setStroke(color);
        gc.setLineWidth(1.3);
        gc.setLineDashes();
        gc.strokeLine(x0, y0, x1, y1);
        gc.strokeLine(x1 - 3.5, y1 - 3.5, x1 + 3.5, y1 + 3.5);
        gc.strokeLine(x1 - 3.5, y1 + 3.5, x1 + 3.5, y1 - 3.5);
        gc.setFill(color);
        gc.setFont(LOST_FONT);
        gc.setTextAlign(Painter.Align.LEFT);
        gc.setTextBaseline(Painter.Baseline.CENTER);
        gc.fillText(label, x1 + 6, y1);
    }

    /** The dotted run along the receiver's lane: the time a message waited in its queue. */
    static void waitRun(Painter gc, Rgba color, double x0, double x1, double y) {
        gc.setStroke(color);
        gc.setLineWidth(1.2);
        gc.setLineDashes(1.5, 2.5);
        gc.strokeLine(x0, y, x1, y);
        gc.setLineDashes();
    }

    private static final Typeface LOST_FONT = Typeface.regular(9);

    /** The selected event's messages, bold: a send's to its receives, a receive's from its send. */
    static void drawSelectedArrows(Painter gc, RunModel model, TimelineGeometry g, EventRef selected,
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

    static void arrow(Painter gc, Rgba color, double x0, double y0, double x1, double y1) {
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
