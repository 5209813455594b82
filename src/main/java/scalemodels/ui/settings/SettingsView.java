package scalemodels.ui.settings;

import java.util.Map;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import scalemodels.model.RunSettings.Field;

/** Binds the settings panel's controls to a {@link SettingsViewModel}; holds no logic of its own. */
public final class SettingsView {
    @FXML private VBox form;
    @FXML private TextField vmsField;
    @FXML private TextField seedField;
    @FXML private TextField rateMinField;
    @FXML private TextField rateMaxField;
    @FXML private TextField maxValueField;
    @FXML private TextField durationField;
    @FXML private TextField speedField;
    @FXML private TextField skewField;
    @FXML private TextField ratesField;
    @FXML private Label vmsError;
    @FXML private Label seedError;
    @FXML private Label rateMinError;
    @FXML private Label rateMaxError;
    @FXML private Label maxValueError;
    @FXML private Label durationError;
    @FXML private Label speedError;
    @FXML private Label skewError;
    @FXML private Label ratesError;
    @FXML private Label internalProbability;
    @FXML private CheckBox simulateBox;
    @FXML private TextField delayField;
    @FXML private Label delayError;

    private SettingsViewModel model;

    /** Connects the controls; the fields are locked while {@code locked} is true (a run is active). */
    public void bind(SettingsViewModel viewModel, ObservableBooleanValue locked) {
        this.model = viewModel;
        Map<Field, TextField> fields = Map.of(Field.VMS, vmsField, Field.SEED, seedField, Field.RATE_MIN, rateMinField,
                Field.RATE_MAX, rateMaxField, Field.MAX_VALUE, maxValueField, Field.DURATION, durationField,
                Field.SPEED, speedField, Field.CLOCK_SKEW, skewField, Field.RATES, ratesField);
        Map<Field, Label> errors = Map.of(Field.VMS, vmsError, Field.SEED, seedError, Field.RATE_MIN, rateMinError,
                Field.RATE_MAX, rateMaxError, Field.MAX_VALUE, maxValueError, Field.DURATION, durationError,
                Field.SPEED, speedError, Field.CLOCK_SKEW, skewError, Field.RATES, ratesError);
        fields.forEach((field, control) -> {
            control.textProperty().bindBidirectional(viewModel.text(field));
            Label error = errors.get(field);
            error.textProperty().bind(viewModel.error(field));
            error.visibleProperty().bind(viewModel.error(field).isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            viewModel.error(field).addListener((obs, old, now) -> markInvalid(control, !now.isEmpty()));
            markInvalid(control, !viewModel.error(field).get().isEmpty());
        });
        internalProbability.textProperty().bind(viewModel.internalProbabilityProperty());
        simulateBox.selectedProperty().bindBidirectional(viewModel.simulateProperty());
        delayField.textProperty().bindBidirectional(viewModel.networkDelayProperty());
        delayField.disableProperty().bind(viewModel.simulateProperty().not());
        delayError.textProperty().bind(viewModel.networkDelayErrorProperty());
        delayError.visibleProperty().bind(viewModel.networkDelayErrorProperty().isNotEmpty());
        delayError.managedProperty().bind(delayError.visibleProperty());
        form.disableProperty().bind(BooleanExpression.booleanExpression(locked));
    }

    @FXML
    private void newSeed() {
        model.newRandomSeed();
    }

    @FXML
    private void resetDefaults() {
        model.resetToDefaults();
    }

    private static void markInvalid(TextField field, boolean invalid) {
        field.getStyleClass().remove("invalid");
        if (invalid) {
            field.getStyleClass().add("invalid");
        }
    }
}
