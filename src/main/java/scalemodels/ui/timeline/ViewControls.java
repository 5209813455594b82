package scalemodels.ui.timeline;

import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import scalemodels.rundata.LogicalLayout;

/**
 * The buttons over the timeline's top right corner: the axis (real time, Lamport clock, total order), "Fit whole
 * run" (Ctrl+0) whenever a run is shown, and "Back to live" (Ctrl+L) once the view has left "now", which after a
 * run's end reads "Back to the end".
 */
final class ViewControls extends HBox {
    private final Button fit = new Button("Fit whole run");
    private final Button live = new Button("Back to live");
    private final ToggleGroup axes = new ToggleGroup();
    private final Button hold = new Button("Hold");
    private final Button legendButton = new Button("Legend");
    private final Legend legend;
    private final javafx.scene.control.Label heldBadge = new javafx.scene.control.Label("Held: the run goes on");

    /** @param presentationScale how much larger the legend is drawn (1 normally) */
    ViewControls(Runnable onFit, Runnable onLive, Consumer<LogicalLayout.Axis> onAxis, Runnable onHold,
                 DoubleSupplier presentationScale) {
        super(6);
        legend = new Legend(presentationScale);
        hold.setId("hold");
        hold.setTooltip(new Tooltip("Hold the view still at this moment while the run goes on recording (H); step "
                + "with Right and Left, Shift for one VM; Back to live (Ctrl+L) follows again"));
        hold.setOnAction(e -> onHold.run());
        legendButton.setId("legend-button");
        legendButton.setTooltip(new Tooltip("What the marks on the timeline mean (F1)"));
        legendButton.setOnAction(e -> toggleLegend());
        heldBadge.setId("held-badge");
        heldBadge.getStyleClass().add("held-badge");
        HBox axisButtons = new HBox();
        axisButtons.getStyleClass().add("axis-buttons");
        axisButtons.getChildren().addAll(
                axisButton("Logged time", "axis-real", LogicalLayout.Axis.REAL_TIME, onAxis,
                        "Events at the time their VM's wall clock logged them (with clock skew, each VM's own clock)"),
                axisButton("Lamport", "axis-lamport", LogicalLayout.Axis.LAMPORT, onAxis,
                        "Events at their Lamport clock value; equal clocks side by side in VM order. Every message "
                                + "points forward"),
                axisButton("Total order", "axis-total", LogicalLayout.Axis.TOTAL_ORDER, onAxis,
                        "Events numbered 1..n in Lamport's total order: by clock, ties by VM id"));
        axes.selectToggle(axes.getToggles().get(0));
        setId("view-controls");
        fit.setId("fit-whole-run");
        fit.setTooltip(new Tooltip("Show the whole run, start to end (Ctrl+0); + and - zoom, with the timeline focused"));
        fit.setOnAction(e -> onFit.run());
        live.setId("back-to-live");
        live.getStyleClass().add("live-button");
        live.setOnAction(e -> onLive.run());
        getChildren().addAll(heldBadge, axisButtons, hold, fit, live, legendButton);
        setManaged(false);
        setPickOnBounds(false);
        // The presenter's controls, not the audience's: normal size in presentation mode, so they leave the lanes
        // and the lane headers in view.
        setStyle("-fx-font-size: 13px;");
        update(false, true, false, false); // no run yet: no Hold, no held badge, nothing to fit or go back to
    }

    private ToggleButton axisButton(String text, String id, LogicalLayout.Axis axis,
                                    Consumer<LogicalLayout.Axis> onAxis, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(axis);
        button.setToggleGroup(axes);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> {
            if (!button.isSelected()) {
                button.setSelected(true); // one axis is always chosen
            }
            onAxis.accept(axis);
        });
        return button;
    }

    /** F1 or the Legend button: shows what the marks mean, or hides it. */
    void toggleLegend() {
        legend.toggle(this);
    }

    boolean legendShowing() {
        return legend.showing();
    }

    /** Marks the axis in use (it may be chosen elsewhere than by these buttons). */
    void showAxis(LogicalLayout.Axis axis) {
        axes.getToggles().stream().filter(t -> t.getUserData() == axis).findFirst().ifPresent(axes::selectToggle);
    }

    /**
     * @param hasRun    a run with events is shown
     * @param following the view follows "now"
     * @param isLive    "now" moves (a live run, or a replay short of its end)
     * @param held      a live run's view is held still
     */
    void update(boolean hasRun, boolean following, boolean isLive, boolean held) {
        boolean showLive = hasRun && !following;
        String text = isLive ? "Back to live" : "Back to the end";
        boolean showHold = hasRun && isLive && !held;
        boolean changed = fit.isVisible() != hasRun || live.isVisible() != showLive || !text.equals(live.getText())
                || hold.isVisible() != showHold || heldBadge.isVisible() != held;
        hold.setVisible(showHold);
        hold.setManaged(showHold);
        heldBadge.setVisible(held);
        heldBadge.setManaged(held);
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
