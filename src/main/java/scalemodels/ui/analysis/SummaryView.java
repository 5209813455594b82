package scalemodels.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.analysis.VmStats;

/**
 * The Summary area: per-VM figures in a table, the rule check ("0 violations" or the list, each with file and line)
 * and lines that could not be read. Choosing a violation shows its event on the timeline.
 */
public final class SummaryView extends VBox {
    private final TableView<VmStats> table = new TableView<>();
    private final Label ruleCheck = new Label();
    private final ListView<Violation> violations = new ListView<>();
    private final Label problemsTitle = new Label("Lines that could not be read");
    private final ListView<String> problems = new ListView<>();

    private Consumer<Violation> onViolationChosen = violation -> { };

    public SummaryView() {
        setId("summary");
        getStyleClass().add("summary");
        setSpacing(8);
        table.setId("summary-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("VM", s -> Integer.toString(s.vm())),
                column("rate", s -> s.rate() == 0 ? "?" : Integer.toString(s.rate())),
                column("measured/s", s -> fmt(s.measuredTickRate())),
                column("ticks", s -> Long.toString(s.ticks())),
                column("receive", s -> s.receives() + " (" + pct(s.share(s.receives())) + ")"),
                column("send", s -> s.sends() + " (" + pct(s.share(s.sends())) + ")"),
                column("internal", s -> s.internals() + " (" + pct(s.share(s.internals())) + ")"),
                column("clock", s -> Long.toString(s.finalClock())),
                column("jump avg/max", s -> fmt(s.meanJump()) + " / " + s.maxJump()),
                column("drift max/end", s -> s.maxDrift() + " / " + s.finalDrift()),
                column("queue avg/max", s -> (s.meanQueue() < 0 ? "?" : fmt(s.meanQueue())) + " / " + s.maxQueue()),
                column("wait avg", s -> String.format(Locale.ROOT, "%.0f ms / %.1f ticks", s.meanWaitMillis(),
                        s.meanWaitTicks())),
                column("faults", s -> s.pauses() + s.crashes() + s.undelivered() == 0 ? "none"
                        : s.pauses() + " paused, " + s.crashes() + " crashed, " + s.undelivered() + " lost")));
        table.setFixedCellSize(26);
        ruleCheck.setId("rule-check");
        ruleCheck.getStyleClass().add("rule-check");
        violations.setId("violations-list");
        violations.setPrefHeight(200);
        violations.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                onViolationChosen.accept(chosen);
            }
        });
        problems.setId("problems-list");
        problems.setPrefHeight(120);
        Label title = new Label("Per VM");
        title.getStyleClass().add("section-title");
        Label rules = new Label("Rule check");
        rules.getStyleClass().add("section-title");
        problemsTitle.getStyleClass().add("section-title");
        VBox.setVgrow(violations, Priority.ALWAYS);
        getChildren().addAll(title, table, rules, ruleCheck, violations, problemsTitle, problems);
        show(null, List.of());
    }

    /** @param chosen called with a violation the user picked, to show it on the timeline */
    public void setOnViolationChosen(Consumer<Violation> chosen) {
        this.onViolationChosen = chosen;
    }

    public void show(RunAnalysis analysis, List<String> unreadable) {
        if (analysis == null) {
            table.getItems().clear();
            violations.getItems().clear();
            ruleCheck.setText("No run yet.");
            problems.getItems().clear();
        } else {
            table.setItems(FXCollections.observableArrayList(analysis.vms()));
            table.setPrefHeight(table.getFixedCellSize() * (analysis.vms().size() + 1.4));
            table.setMinHeight(table.getPrefHeight());
            List<Violation> found = analysis.violations();
            ruleCheck.setText(found.isEmpty() ? "0 violations: every clock rule, message match and vector clock "
                    + "checks out (" + analysis.events() + " events)."
                    : found.size() + " violation" + (found.size() == 1 ? "" : "s") + " of Lamport's rules. Pick one "
                    + "to see it on the timeline.");
            ruleCheck.getStyleClass().removeAll("rule-ok", "rule-broken");
            ruleCheck.getStyleClass().add(found.isEmpty() ? "rule-ok" : "rule-broken");
            if (!violations.getItems().equals(found)) {
                violations.getItems().setAll(found);
            }
            problems.getItems().setAll(unreadable);
        }
        violations.setVisible(!violations.getItems().isEmpty());
        violations.setManaged(violations.isVisible());
        boolean anyProblems = !problems.getItems().isEmpty();
        problems.setVisible(anyProblems);
        problems.setManaged(anyProblems);
        problemsTitle.setVisible(anyProblems);
        problemsTitle.setManaged(anyProblems);
    }

    private static TableColumn<VmStats, String> column(String title, Function<VmStats, String> value) {
        TableColumn<VmStats, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
