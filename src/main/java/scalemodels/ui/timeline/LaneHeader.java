package scalemodels.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/** The header left of a lane: VM id and colour, ticks per second, the Lamport clock (large), queue and state. */
final class LaneHeader extends VBox {
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
        swatch.setStyle("-fx-background-color: " + Palette.laneCss(vm) + ";");
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
        HBox top = new HBox(6, swatch, title, state);
        top.getStyleClass().add("lane-header-top");
        getChildren().addAll(top, clock, rate, queue);
    }

    int vm() {
        return vm;
    }

    private VmStatus shownStatus;

    void update(RunModel model) {
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
            unreceived += model.unreceived(from, vm).size();
        }
        // The queue is logged at events only; while paused, what is on its way shows as unreceived.
        queue.setText("queue " + (waiting < 0 ? "?" : Integer.toString(waiting))
                + (unreceived > Math.max(0, waiting) ? ", " + unreceived + " unreceived" : ""));
        VmStatus status = model.status(vm);
        if (status != shownStatus) {
            // Only on a change: touching the style classes makes the header's CSS be worked out again.
            shownStatus = status;
            state.setText(status.name().toLowerCase());
            state.getStyleClass().removeIf(s -> s.startsWith("state-"));
            state.getStyleClass().add("state-" + status.name().toLowerCase());
        }
    }
}
