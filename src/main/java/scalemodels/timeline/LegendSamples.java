package scalemodels.timeline;

import java.util.List;
import java.util.function.BiConsumer;

import scalemodels.event.EventType;

/**
 * The legend's samples: each mark of the timeline (glyphs, arrows, wait runs, lost marks, queue strip, pauses and
 * crashes, rule violations, selection, the causal cone and cuts) drawn by the very code that draws the timeline, so
 * the legend cannot drift from the picture.
 */
public final class LegendSamples {
    /** One line of the legend: what it says, and its sample drawn into a box of the given {width, height}. */
    public record Entry(String text, BiConsumer<Painter, double[]> sample) {
    }

    private LegendSamples() {
    }

    /** Every mark of the timeline, in the order the legend lists them. */
    public static List<Entry> all() {
        return List.of(
                glyph("internal event", EventType.INTERNAL),
                glyph("send", EventType.SEND),
                glyph("receive", EventType.RECEIVE),
                glyph("start, stop, restart", EventType.START),
                glyph("pause, resume", EventType.PAUSE),
                glyph("crash", EventType.CRASH),
                glyph("channel fault, reconnect", EventType.FAULT),
                new Entry("message: on the way (solid), then waiting in the queue (dotted)", (p, s) -> {
                    MessageLayer.arrow(p, Palette.lane(0), 4, 4, s[0] * 0.45, s[1] - 5);
                    MessageLayer.waitRun(p, Palette.lane(0), s[0] * 0.45, s[0] - 4, s[1] - 5 + 4);
                }),
                new Entry("message paired by arrival order (its receive names no sender)",
                        (p, s) -> {
                            p.setLineDashes(MessageLayer.GUESSED_DASHES);
                            MessageLayer.arrow(p, Palette.lane(2), 4, 4, s[0] - 4, s[1] - 4);
                            p.setLineDashes();
                        }),
                new Entry("message in flight or queued at \"now\" (dashed)", (p, s) -> {
                    p.setLineWidth(1.1);
                    p.setLineDashes(5, 4);
                    MessageLayer.arrow(p, Palette.lane(1), 4, 4, s[0] - 4, s[1] - 4);
                    p.setLineDashes();
                }),
                new Entry("message not delivered (peer gone, or dropped)", (p, s) ->
                        MessageLayer.lostMark(p, Palette.lane(0), 4, 6, s[0] * 0.4, s[1] - 5, "VM 2")),
                new Entry("queue length (strip along the lane)", (p, s) -> {
                    p.setFill(Palette.QUEUE);
                    Glyphs.fillPixels(p, 4, s[1] * 0.55, s[0] * 0.3, s[1] * 0.4);
                    Glyphs.fillPixels(p, 4 + s[0] * 0.3, s[1] * 0.25, s[0] * 0.6, s[1] * 0.7);
                }),
                new Entry("paused stretch", (p, s) -> TimelineRenderer.interruption(p, false, 2, 2, s[0] - 4,
                        s[1] - 4)),
                new Entry("crashed stretch", (p, s) -> TimelineRenderer.interruption(p, true, 2, 2, s[0] - 4,
                        s[1] - 4)),
                new Entry("breaks a rule (see the Summary)", (p, s) -> {
                    Glyphs.draw(p, EventType.RECEIVE, 2, s[0] / 2, s[1] / 2);
                    TimelineRenderer.violationMark(p, s[0] / 2, s[1] / 2);
                }),
                new Entry("selected event, its message partner", (p, s) -> {
                    Glyphs.draw(p, EventType.SEND, 0, s[0] * 0.3, s[1] / 2);
                    TimelineRenderer.selectionRing(p, s[0] * 0.3, s[1] / 2, 9);
                    Glyphs.draw(p, EventType.RECEIVE, 1, s[0] * 0.75, s[1] / 2);
                    TimelineRenderer.selectionRing(p, s[0] * 0.75, s[1] / 2, 7);
                }),
                new Entry("causal past of the selected event", (p, s) -> ConeLayer.band(p, Palette.PAST_BAND,
                        Palette.PAST, s)),
                new Entry("causal future of the selected event", (p, s) -> ConeLayer.band(p, Palette.FUTURE_BAND,
                        Palette.FUTURE, s)),
                new Entry("concurrent with the selected event", (p, s) -> ConeLayer.concurrentOutline(p, 3, 3,
                        s[0] - 6, s[1] - 6)),
                new Entry("cut: consistent (green), inconsistent (red, dashed)", (p, s) -> {
                    CutLayer.segment(p, true, s[0] * 0.3, 0, s[1]);
                    CutLayer.segment(p, false, s[0] * 0.7, 0, s[1]);
                }),
                new Entry("\"now\" in a live run", (p, s) -> {
                    p.setStroke(Palette.NOW);
                    p.setLineWidth(1.5);
                    p.strokeLine(s[0] / 2, 0, s[0] / 2, s[1]);
                }));
    }

    private static Entry glyph(String text, EventType type) {
        return new Entry(text, (p, s) -> {
            p.setStroke(Palette.GRID);
            p.setLineWidth(1);
            p.strokeLine(0, s[1] / 2 + 0.5, s[0], s[1] / 2 + 0.5);
            Glyphs.draw(p, type, 0, s[0] / 2, s[1] / 2);
        });
    }
}
