package scalemodels.ui.timeline;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The buttons over the timeline's top right corner: "Fit whole run" (Ctrl+0) whenever a run is shown, and "Back to
 * live" (Ctrl+L) once the view has left "now", which after a run's end reads "Back to the end".
 */
final class ViewControls extends HBox {
    private final Button fit = new Button("Fit whole run");
    private final Button live = new Button("Back to live");

    ViewControls(Runnable onFit, Runnable onLive) {
        super(6);
        setId("view-controls");
        fit.setId("fit-whole-run");
        fit.setTooltip(new Tooltip("Show the whole run, start to end (Ctrl+0); + and - zoom, with the timeline focused"));
        fit.setOnAction(e -> onFit.run());
        live.setId("back-to-live");
        live.getStyleClass().add("live-button");
        live.setOnAction(e -> onLive.run());
        getChildren().addAll(fit, live);
        setManaged(false);
        setPickOnBounds(false);
    }

    /**
     * @param hasRun    a run with events is shown
     * @param following the view follows "now"
     * @param isLive    "now" moves (a live run, or a replay short of its end)
     */
    void update(boolean hasRun, boolean following, boolean isLive) {
        boolean showLive = hasRun && !following;
        String text = isLive ? "Back to live" : "Back to the end";
        boolean changed = fit.isVisible() != hasRun || live.isVisible() != showLive || !text.equals(live.getText());
        fit.setVisible(hasRun);
        fit.setManaged(hasRun);
        live.setVisible(showLive);
        live.setManaged(showLive);
        if (!text.equals(live.getText())) {
            live.setText(text);
            live.setTooltip(new Tooltip(isLive ? "Follow the run live again (Ctrl+L)"
                    : "Show the run's last moments again (Ctrl+L)"));
        }
        if (changed && getParent() != null) {
            // Unmanaged: only the timeline sizes and places it, so a button that came or went or a longer text
            // must ask the timeline for a layout pass, or both buttons share the old width ("...", "Bac...").
            getParent().requestLayout();
        }
    }
}
