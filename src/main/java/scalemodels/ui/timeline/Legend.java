package scalemodels.ui.timeline;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import scalemodels.timeline.LegendSamples;

/**
 * What the timeline's marks mean, one key away (F1, or the Legend button): the {@link LegendSamples}, each drawn by
 * the code that draws the timeline, in a popup of two columns.
 */
final class Legend {
    static final double SAMPLE_WIDTH = 64;
    static final double SAMPLE_HEIGHT = 24;

    private final Popup popup = new Popup();

    Legend() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        List<LegendSamples.Entry> entries = LegendSamples.all();
        int half = (entries.size() + 1) / 2;
        for (int k = 0; k < entries.size(); k++) {
            LegendSamples.Entry entry = entries.get(k);
            Canvas sample = new Canvas(SAMPLE_WIDTH, SAMPLE_HEIGHT);
            sample.getStyleClass().add("legend-sample");
            entry.sample().accept(new FxPainter(sample.getGraphicsContext2D()), new double[] {SAMPLE_WIDTH, SAMPLE_HEIGHT});
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
}
