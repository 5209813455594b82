package scalemodels.ui.experiment;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import scalemodels.experiment.ExperimentConfig;
import scalemodels.ui.controls.ColumnWidths;

/** Binds the Experiments view's controls to an {@link ExperimentsViewModel}. */
public final class ExperimentsView {
    @FXML private TableView<ExperimentConfig> configsTable;
    @FXML private TextField runsField;
    @FXML private TextField durationField;
    @FXML private TextField speedField;
    @FXML private CheckBox simulateBox;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<List<String>> resultsTable;
    @FXML private TextField configField;
    @FXML private Button addConfigButton;
    @FXML private Button removeConfigButton;

    private ExperimentsViewModel model;

    public void bind(ExperimentsViewModel viewModel) {
        this.model = viewModel;
        configsTable.setItems(viewModel.configs());
        configsTable.getColumns().setAll(List.of(
                column("configuration", ExperimentConfig::name),
                column("settings", ExperimentConfig::describe)));
        configsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runsField.textProperty().bindBidirectional(viewModel.runsProperty());
        durationField.textProperty().bindBidirectional(viewModel.durationProperty());
        speedField.textProperty().bindBidirectional(viewModel.speedProperty());
        simulateBox.selectedProperty().bindBidirectional(viewModel.simulateProperty());
        runButton.disableProperty().bind(viewModel.runningProperty());
        addConfigButton.disableProperty().bind(viewModel.runningProperty());
        removeConfigButton.disableProperty().bind(viewModel.runningProperty()
                .or(configsTable.getSelectionModel().selectedItemProperty().isNull()));
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        resultsTable.setItems(viewModel.results());
        Label empty = new Label("No results yet. Add configurations (or take the exercise's preset) and press Run: "
                + "each metric gets a row, each configuration a column (mean ± standard deviation over its runs).");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-results");
        resultsTable.setPlaceholder(empty);
        viewModel.results().addListener((javafx.collections.ListChangeListener<List<String>>) change -> rebuildColumns());
    }

    @FXML
    private void runExperiment() {
        model.run();
    }

    @FXML
    private void addConfig() {
        if (model.addConfig(configField.getText())) {
            configField.clear();
        }
    }

    @FXML
    private void removeConfig() {
        model.configs().remove(configsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void usePreset() {
        model.configs().setAll(scalemodels.experiment.ExperimentPlan.exercisePreset());
    }

    @FXML
    private void useFindings() {
        model.configs().setAll(scalemodels.experiment.ExperimentPlan.findingsPreset());
    }

    @FXML
    private void cancelExperiment() {
        model.cancel();
    }

    private void rebuildColumns() {
        List<String> titles = model.resultColumns();
        resultsTable.getColumns().clear();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(titles.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            resultsTable.getColumns().add(column);
        }
        ColumnWidths.fitToContent(resultsTable);
    }

    private static TableColumn<ExperimentConfig, String> column(String title,
                                                                java.util.function.Function<ExperimentConfig, String> value) {
        TableColumn<ExperimentConfig, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
