package scalemodels.ui.timeline;

import java.util.List;

import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import scalemodels.timeline.Palette;
import scalemodels.timeline.Rgba;

/**
 * The canvas's theme colours from the style sheet: an invisible region whose background the sheet paints with the
 * looked-up colours {@code -tl-background, -tl-lane-alternate, -tl-axis, -tl-grid, -tl-text, -tl-selection,
 * -tl-veil} (class {@code timeline-palette}), read whenever CSS gives it new ones (a theme switch), so the canvas
 * follows the same sheet as the controls.
 */
final class CanvasColours extends Region {
    CanvasColours(Runnable changed) {
        getStyleClass().add("timeline-palette");
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
        backgroundProperty().addListener((obs, old, now) -> {
            if (now != null) {
                List<Rgba> colours = now.getFills().stream().map(BackgroundFill::getFill)
                        .filter(Color.class::isInstance).map(Color.class::cast).map(FxPainter::rgba).toList();
                Palette.applyTheme(colours);
                changed.run();
            }
        });
    }
}
