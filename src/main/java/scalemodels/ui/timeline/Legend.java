package scalemodels.ui.timeline;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import scalemodels.event.EventType;

/**
 * What the timeline's marks mean, one key away (F1, or the Legend button): each sample drawn by the very code that
 * draws the timeline (glyphs, arrows, wait runs, lost marks, queue strip, pauses and crashes, rule violations,
 * selection, the causal cone and cuts), so the legend cannot drift from the picture.
 */
final class Legend {
    static final double SAMPLE_WIDTH = 64;
    static final double SAMPLE_HEIGHT = 24;

    private final Popup popup = new Popup();

    private record Entry(String text, BiConsumer<GraphicsContext, double[]> sample) {
    }

    Legend() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        List<Entry> entries = entries();
        int half = (entries.size() + 1) / 2;
        for (int k = 0; k < entries.size(); k++) {
            Entry entry = entries.get(k);
            Canvas sample = new Canvas(SAMPLE_WIDTH, SAMPLE_HEIGHT);
            sample.getStyleClass().add("legend-sample");
            entry.sample().accept(sample.getGraphicsContext2D(), new double[] {SAMPLE_WIDTH, SAMPLE_HEIGHT});
            Label text = new Label(entry.text());
            text.getStyleClass().add("legend-text");
            int column = k < half ? 0 : 2;
            grid.add(sample, column, k % half);
            grid.add(text, column + 1, k % half);
        }
        Label title = new Label("Legend (F1 closes)");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(6, title, grid);
        box.setId("legend");
        box.getStyleClass().add("legend");
        box.setPadding(new Insets(10));
        // Inline: a popup's scene does not take the window's style sheet.
        box.setStyle("-fx-background-color: #ffffff; -fx-border-color: #c8ccd4; -fx-background-radius: 6; "
                + "-fx-border-radius: 6; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.18), 10, 0, 0, 3);");
        title.setStyle("-fx-font-weight: bold;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    boolean showing() {
        return popup.isShowing();
    }

    /** Opens below the owner, right-aligned with it, or closes. */
    void toggle(Node owner) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        var corner = owner.localToScreen(owner.getBoundsInLocal().getMaxX(), owner.getBoundsInLocal().getMaxY());
        if (corner != null) {
            popup.show(owner, corner.getX(), corner.getY() + 4);
            popup.setX(corner.getX() - popup.getWidth()); // its right edge under the owner's, once its width is known
        }
    }

    private static List<Entry> entries() {
        return List.of(
                glyph("internal event", EventType.INTERNAL),
                glyph("send", EventType.SEND),
                glyph("receive", EventType.RECEIVE),
                glyph("start, stop, restart", EventType.START),
                glyph("pause, resume", EventType.PAUSE),
                glyph("crash", EventType.CRASH),
                glyph("channel fault, reconnect", EventType.FAULT),
                new Entry("message: on the way (solid), then waiting in the queue (dotted)", (gc, s) -> {
                    MessageLayer.arrow(gc, Palette.lane(0), 4, 4, s[0] * 0.45, s[1] - 5);
                    MessageLayer.waitRun(gc, Palette.lane(0), s[0] * 0.45, s[0] - 4, s[1] - 5 + 4);
                }),
                new Entry("message in flight or queued at \"now\" (dashed)", (gc, s) -> {
                    gc.setLineWidth(1.1);
                    gc.setLineDashes(5, 4);
                    MessageLayer.arrow(gc, Palette.lane(1), 4, 4, s[0] - 4, s[1] - 4);
                    gc.setLineDashes();
                }),
                new Entry("message not delivered (peer gone, or dropped)", (gc, s) ->
                        MessageLayer.lostMark(gc, Palette.lane(0), 4, 6, s[0] * 0.4, s[1] - 5, "VM 2")),
                new Entry("queue length (strip along the lane)", (gc, s) -> {
                    gc.setFill(Palette.QUEUE);
                    Glyphs.fillPixels(gc, 4, s[1] * 0.55, s[0] * 0.3, s[1] * 0.4);
                    Glyphs.fillPixels(gc, 4 + s[0] * 0.3, s[1] * 0.25, s[0] * 0.6, s[1] * 0.7);
                }),
                new Entry("paused stretch", (gc, s) -> TimelineRenderer.interruption(gc, false, 2, 2, s[0] - 4,
                        s[1] - 4)),
                new Entry("crashed stretch", (gc, s) -> TimelineRenderer.interruption(gc, true, 2, 2, s[0] - 4,
                        s[1] - 4)),
                new Entry("breaks a rule (see the Summary)", (gc, s) -> {
                    Glyphs.draw(gc, EventType.RECEIVE, 2, s[0] / 2, s[1] / 2);
                    TimelineRenderer.violationMark(gc, s[0] / 2, s[1] / 2);
                }),
                new Entry("selected event, its message partner", (gc, s) -> {
                    Glyphs.draw(gc, EventType.SEND, 0, s[0] * 0.3, s[1] / 2);
                    TimelineRenderer.selectionRing(gc, s[0] * 0.3, s[1] / 2, 9);
                    Glyphs.draw(gc, EventType.RECEIVE, 1, s[0] * 0.75, s[1] / 2);
                    TimelineRenderer.selectionRing(gc, s[0] * 0.75, s[1] / 2, 7);
                }),
                new Entry("causal past of the selected event", (gc, s) -> ConeLayer.band(gc, Palette.PAST_BAND,
                        Palette.PAST, s)),
                new Entry("causal future of the selected event", (gc, s) -> ConeLayer.band(gc, Palette.FUTURE_BAND,
                        Palette.FUTURE, s)),
                new Entry("concurrent with the selected event", (gc, s) -> ConeLayer.concurrentOutline(gc, 3, 3,
                        s[0] - 6, s[1] - 6)),
                new Entry("cut: consistent (green), inconsistent (red, dashed)", (gc, s) -> {
                    CutLayer.segment(gc, true, s[0] * 0.3, 0, s[1]);
                    CutLayer.segment(gc, false, s[0] * 0.7, 0, s[1]);
                }),
                new Entry("\"now\" in a live run", (gc, s) -> {
                    gc.setStroke(Palette.NOW);
                    gc.setLineWidth(1.5);
                    gc.strokeLine(s[0] / 2, 0, s[0] / 2, s[1]);
                }));
    }

    private static Entry glyph(String text, EventType type) {
        return new Entry(text, (gc, s) -> {
            gc.setStroke(Palette.GRID);
            gc.setLineWidth(1);
            gc.strokeLine(0, s[1] / 2 + 0.5, s[0], s[1] / 2 + 0.5);
            Glyphs.draw(gc, type, 0, s[0] / 2, s[1] / 2);
        });
    }
}
