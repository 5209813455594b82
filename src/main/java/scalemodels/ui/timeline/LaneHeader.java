package scalemodels.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import scalemodels.model.RunSettings;
import scalemodels.timeline.LaneColours;
import scalemodels.model.VmStatus;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * The header left of a lane: VM id and colour, ticks per second, the Lamport clock, queue and state. It fits its
 * lane's height: four lines with a large clock when there is room (up to about 8 VMs at 800 px), two lines below
 * that (16 VMs at 1280x800), one line when lanes are very thin, so nothing overlaps the next lane.
 */
final class LaneHeader extends VBox {
    /** Heights (px) from which a layout fits; below {@link #TWO_LINES} it is one line. */
    static final double FULL = 88;
    static final double TWO_LINES = 36;

    /** How much of the header shows. */
    enum Layout { FULL, TWO_LINES, ONE_LINE }

    private final int vm;
    private final Label title = new Label();
    private final Label rate = new Label();
    private final Label clock = new Label("0");
    private final Label queue = new Label();
    private final Label state = new Label();

    LaneHeader(int vm) {
        this.vm = vm;
        getStyleClass().add("lane-header");
        setId("lane-header-" + vm);
        Region swatch = new Region();
        swatch.getStyleClass().add("lane-swatch");
        swatch.setStyle("-fx-background-color: " + LaneColours.css(vm) + ";");
        title.setText("VM " + vm);
        title.getStyleClass().add("lane-title");
        rate.setId("lane-rate-" + vm);
        rate.getStyleClass().add("lane-rate");
        clock.setId("lane-clock-" + vm);
        clock.getStyleClass().add("lane-clock");
        queue.setId("lane-queue-" + vm);
        queue.getStyleClass().add("lane-queue");
        state.setId("lane-state-" + vm);
        state.getStyleClass().add("lane-state");
        title.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        queue.setMinWidth(Region.USE_PREF_SIZE);
        this.swatch = swatch;
        javafx.scene.control.Tooltip.install(this, details);
        // Whatever the layout, nothing of a header is drawn over the next lane or the canvas.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        arrange(Layout.FULL);
    }

    private final Region swatch;
    private Layout layout;

    /** Chooses the layout for a lane of this height; the children are rearranged only when it changes. */
    void fit(double laneHeight) {
        arrange(laneHeight >= FULL ? Layout.FULL : laneHeight >= TWO_LINES ? Layout.TWO_LINES : Layout.ONE_LINE);
    }

    Layout arrangement() {
        return layout;
    }

    private void arrange(Layout wanted) {
        if (wanted == layout) {
            return;
        }
        layout = wanted;
        getStyleClass().removeIf(c -> c.startsWith("lane-header-") && !c.equals("lane-header-top"));
        getStyleClass().add("lane-header-" + wanted.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        HBox top = new HBox(6);
        top.getStyleClass().add("lane-header-top");
        getChildren().clear();
        switch (wanted) {
            case FULL -> {
                top.getChildren().setAll(swatch, title, state);
                getChildren().addAll(top, clock, rate, queue);
            }
            case TWO_LINES -> {
                // The rate (the longest text, and one that does not change) moves to the header's tooltip.
                top.getChildren().setAll(swatch, title, clock);
                HBox details = new HBox(6, state, queue);
                details.getStyleClass().add("lane-header-details");
                getChildren().addAll(top, details);
            }
            case ONE_LINE -> {
                top.getChildren().setAll(swatch, title, clock, queue, state);
                getChildren().add(top);
            }
        }
        if (shownModel != null) {
            update(shownModel); // the texts depend on the layout: write them for the new one now
        }
    }

    int vm() {
        return vm;
    }

    private VmStatus shownStatus;
    private Layout shownLayout;
    private RunModel shownModel;
    /** Everything the header says, whatever its layout leaves out. */
    private final javafx.scene.control.Tooltip details = new javafx.scene.control.Tooltip();

    void update(RunModel model) {
        shownModel = model;
        LaneData lane = model.lane(vm);
        if (lane.rate() > 0) {
            double effective = lane.rate() * lane.speed();
            rate.setText(lane.speed() == 1 ? lane.rate() + " ticks/s"
                    : lane.rate() + " ticks/s (x" + RunSettings.plain(lane.speed()) + " = "
                    + RunSettings.plain(Math.round(effective * 100) / 100.0) + "/s)");
        }
        int last = lane.size() - 1;
        clock.setText(last < 0 ? "0" : Long.toString(lane.clock(last)));
        int waiting = last < 0 ? 0 : lane.queue(last);
        long unreceived = 0;
        for (int from = 0; from < model.vms(); from++) {
            unreceived += model.arrivalOrder().awaiting(from, vm).size();
        }
        // The queue is logged at events only; while paused, what is on its way shows as unreceived.
        String queued = waiting < 0 ? "?" : Integer.toString(waiting);
        long coming = unreceived - Math.max(0, waiting);
        queue.setText(switch (layout) {
            case FULL -> "queue " + queued + (coming > 0 ? ", " + unreceived + " unreceived" : "");
            case TWO_LINES -> "queue " + queued + (coming > 0 ? " +" + coming : "");
            case ONE_LINE -> "q " + queued;
        });
        VmStatus status = model.status(vm);
        if (status != shownStatus || layout != shownLayout) {
            // Only on a change: touching the style classes makes the header's CSS be worked out again.
            shownStatus = status;
            shownLayout = layout;
            String word = status.name().toLowerCase(java.util.Locale.ROOT);
            state.setText(layout == Layout.ONE_LINE ? word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : word);
            state.getStyleClass().removeIf(s -> s.startsWith("state-"));
            state.getStyleClass().add("state-" + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        details.setText("VM " + vm + ": " + status.name().toLowerCase(java.util.Locale.ROOT) + ", clock " + clock.getText() + ", "
                + rate.getText() + ", " + queue.getText());
    }
}
