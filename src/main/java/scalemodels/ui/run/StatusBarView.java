package scalemodels.ui.run;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar: run state, elapsed time, counters, the reconciliation and the last message. */
public final class StatusBarView {
    @FXML private Label stateLabel;
    @FXML private Label elapsedLabel;
    @FXML private Label eventsLabel;
    @FXML private Label rateLabel;
    @FXML private Label inFlightLabel;
    @FXML private Label lostLabel;
    @FXML private Label reconciledLabel;
    @FXML private Label messageLabel;

    public void bind(RunViewModel run) {
        RunCounters counters = run.counters();
        stateLabel.textProperty().bind(Bindings.createStringBinding(() -> run.stateProperty().get().label(),
                run.stateProperty()));
        elapsedLabel.textProperty().bind(Bindings.format("Elapsed %.1f s", counters.elapsedSecondsProperty()));
        eventsLabel.textProperty().bind(Bindings.format("Events %,d", counters.eventsProperty()));
        rateLabel.textProperty().bind(Bindings.format("%,.0f events/s", counters.eventsPerSecondProperty()));
        inFlightLabel.textProperty().bind(Bindings.format("In flight %,d", counters.inFlightProperty()));
        lostLabel.textProperty().bind(Bindings.format("Lost %,d", counters.lostEventsProperty()));
        counters.lostEventsProperty().addListener((obs, old, now) -> {
            lostLabel.getStyleClass().remove("lost-nonzero");
            if (now.longValue() != 0) {
                lostLabel.getStyleClass().add("lost-nonzero");
            }
        });
        messageLabel.textProperty().bind(run.messageProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(run.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(700);
        messageLabel.setTooltip(whole);
        var reconciliation = run.live().reconciliationProperty();
        reconciledLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var counts = reconciliation.get();
            return counts == null ? "" : counts.agrees() ? "0 missing" : "Counts differ";
        }, reconciliation));
        reconciledLabel.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            var counts = reconciliation.get();
            return new Tooltip(counts == null ? "" : counts.summary());
        }, reconciliation));
        run.stateProperty().addListener((obs, old, now) -> {
            stateLabel.getStyleClass().removeIf(s -> s.startsWith("run-"));
            stateLabel.getStyleClass().add("run-" + now.name().toLowerCase(java.util.Locale.ROOT));
        });
    }
}
