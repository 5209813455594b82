package scalemodels.ui.timeline;

import java.util.List;
import java.util.function.DoubleSupplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import scalemodels.timeline.LegendSamples;

/**
 * What the timeline's marks mean, one key away (F1, or the Legend button): the {@link LegendSamples}, each drawn by
 * the code that draws the timeline, in a popup of two columns. It is laid out at each opening, so it takes the
 * window's theme and presentation scale: a popup's scene does not inherit the window's style sheet, and the samples
 * are drawn in the canvas's colours of the moment.
 */
final class Legend {
    static final double SAMPLE_WIDTH = 64;
    static final double SAMPLE_HEIGHT = 24;
    /** The style sheet's font size, of which presentation mode takes a multiple. */
    private static final double FONT_SIZE = 13;

    private final Popup popup = new Popup();
    private final VBox box = new VBox(6);
    private final DoubleSupplier scale;

    /** @param scale the presentation scale (1 normally) */
    Legend(DoubleSupplier scale) {
        this.scale = scale;
        box.setId("legend");
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
        lay(owner.getScene());
        var corner = owner.localToScreen(owner.getBoundsInLocal().getMaxX(), owner.getBoundsInLocal().getMaxY());
        if (corner != null) {
            popup.show(owner, corner.getX(), corner.getY() + 4);
            popup.setX(corner.getX() - popup.getWidth()); // its right edge under the owner's, once its width is known
        }
    }

    /** The entries at the presentation scale, styled like the window (its sheet, its theme's looked-up colours). */
    private void lay(Scene window) {
        double s = scale.getAsDouble();
        popup.getScene().getStylesheets().setAll(window.getStylesheets());
        // "root" gives the box the sheet's looked-up colours; "dark" the dark theme's, as the window's root has them.
        box.getStyleClass().setAll("root", "legend");
        if (window.getRoot().getStyleClass().contains("dark")) {
            box.getStyleClass().add("dark");
        }
        box.setStyle("-fx-font-size: " + FONT_SIZE * s + "px;");
        GridPane grid = new GridPane();
        grid.setHgap(10 * s);
        grid.setVgap(3 * s);
        List<LegendSamples.Entry> entries = LegendSamples.all();
        int half = (entries.size() + 1) / 2;
        for (int k = 0; k < entries.size(); k++) {
            LegendSamples.Entry entry = entries.get(k);
            Canvas sample = new Canvas(SAMPLE_WIDTH * s, SAMPLE_HEIGHT * s);
            sample.getStyleClass().add("legend-sample");
            FxPainter painter = new FxPainter(sample.getGraphicsContext2D());
            painter.setTransform(s, 0, 0);
            entry.sample().accept(painter, new double[] {SAMPLE_WIDTH, SAMPLE_HEIGHT});
            Label text = new Label(entry.text());
            text.getStyleClass().add("legend-text");
            int column = k < half ? 0 : 2;
            grid.add(sample, column, k % half);
            grid.add(text, column + 1, k % half);
        }
        Label title = new Label("Legend (F1 closes)");
        title.getStyleClass().add("legend-title");
        box.getChildren().setAll(title, grid);
    }
}
