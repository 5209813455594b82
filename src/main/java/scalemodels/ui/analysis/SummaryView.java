package scalemodels.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import scalemodels.analysis.Rule;
import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.analysis.VmStats;
import scalemodels.report.VmTable;
import scalemodels.ui.controls.ColumnWidths;

/**
 * The Summary tab's controller (SummaryPanel.fxml): per-VM figures in a table, the rule check ("0 violations" or the list, each with file and line)
 * and lines that could not be read. Choosing a violation shows its event on the timeline.
 */
public final class SummaryView {
    @FXML private TableView<VmStats> table;
    @FXML private Label ruleCheck;
    @FXML private ListView<Violation> violations;
    @FXML private Label problemsTitle;
    @FXML private ListView<String> problems;

    private Consumer<Violation> onViolationChosen = violation -> { };

    @FXML
    private void initialize() {
        // The columns are VmTable's, as in summary.md and the command line: the VM, then each group under its title.
        // Unconstrained: each column as wide as its content, the table scrolls sideways when they do not all fit.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(VmTable.VM));
        for (VmTable.Group group : VmTable.GROUPS) {
            TableColumn<VmStats, String> parent = new TableColumn<>(group.title());
            parent.setId("summary-group-" + group.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            group.columns().forEach(c -> parent.getColumns().add(column(c)));
            table.getColumns().add(parent);
        }
        violations.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                onViolationChosen.accept(chosen);
            }
        });
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
            ColumnWidths.fitToContent(table);
            // Rows, two header rows (group titles above column headings) and room for the sideways scroll bar.
            table.setPrefHeight(table.getFixedCellSize() * (analysis.vms().size() + 2.4) + 24);
            table.setMinHeight(table.getPrefHeight());
            List<Violation> found = analysis.violations();
            ruleCheck.setText(found.isEmpty() ? analysis.noViolations() + " (" + analysis.events() + " events)."
                    : found.size() + " violation" + (found.size() == 1 ? "" : "s") + " of Lamport's rules ("
                    + Rule.summary(found) + "). Pick one to see it on the timeline.");
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

    private static TableColumn<VmStats, String> column(VmTable.Column figure) {
        TableColumn<VmStats, String> column = new TableColumn<>(figure.heading());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(figure.text(cell.getValue())));
        column.setSortable(false);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
