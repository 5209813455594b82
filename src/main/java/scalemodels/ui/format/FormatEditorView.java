package scalemodels.ui.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import scalemodels.importer.FormatPreview;

/**
 * The format editor window: the format file's text on the left, the first lines of the log as it reads them on the
 * right (lines that do not fit in red), a path to save it to, and "Open with this format". Bindings only; the logic
 * is in {@link FormatEditorViewModel}.
 */
public final class FormatEditorView {
    @FXML private Label reasonLabel;
    @FXML private TextArea formatText;
    @FXML private TableView<FormatPreview.Row> previewTable;
    @FXML private TableColumn<FormatPreview.Row, Integer> lineColumn;
    @FXML private TableColumn<FormatPreview.Row, String> textColumn;
    @FXML private TableColumn<FormatPreview.Row, String> readColumn;
    @FXML private Label errorLabel;
    @FXML private TextField savePathField;
    @FXML private Label savedLabel;

    private FormatEditorViewModel model;
    private Consumer<Path> openWith;
    private Stage stage;

    /**
     * Opens the editor in its own window.
     *
     * @param openWith called with the saved format file when the user opens the logs with it
     */
    public static Stage show(Window owner, FormatEditorViewModel model, Consumer<Path> openWith) {
        FXMLLoader loader = new FXMLLoader(FormatEditorView.class.getResource(
                "/scalemodels/ui/format/FormatEditor.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("the format editor's FXML did not load", e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Log format - " + model.origin().getFileName());
        Scene scene = new Scene(root, 1000, 620);
        scene.getStylesheets().add(FormatEditorView.class.getResource("/scalemodels/ui/app.css").toExternalForm());
        stage.setScene(scene);
        FormatEditorView view = loader.getController();
        view.bind(model, openWith, stage);
        stage.show();
        return stage;
    }

    private void bind(FormatEditorViewModel viewModel, Consumer<Path> open, Stage owner) {
        this.model = viewModel;
        this.openWith = open;
        this.stage = owner;
        reasonLabel.textProperty().bind(viewModel.summaryProperty());
        formatText.textProperty().bindBidirectional(viewModel.textProperty());
        savePathField.textProperty().bindBidirectional(viewModel.savePathProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        textColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        readColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().readAs()));
        readColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("preview-misfit");
                FormatPreview.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.fits()) {
                    getStyleClass().add("preview-misfit");
                }
            }
        });
        previewTable.setItems(viewModel.rows());
    }

    @FXML
    private void save() {
        try {
            savedLabel.setText("Saved " + model.save());
        } catch (IOException e) {
            savedLabel.setText("Not saved: " + e.getMessage());
        }
    }

    @FXML
    private void openWithFormat() {
        try {
            Path file = model.save();
            stage.close();
            openWith.accept(file);
        } catch (IOException e) {
            savedLabel.setText("Not saved: " + e.getMessage());
        }
    }
}
