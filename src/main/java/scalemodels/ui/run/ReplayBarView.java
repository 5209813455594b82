package scalemodels.ui.run;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import scalemodels.model.RunSettings;

/** The replay bar under the timeline: play/pause, position slider, time and playback speed; shown during replay. */
public final class ReplayBarView {
    private static final Double[] SPEEDS = {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 50.0, 100.0};

    @FXML private HBox bar;
    @FXML private Button playButton;
    @FXML private Slider replaySlider;
    @FXML private Label replayTime;
    @FXML private ComboBox<Double> replaySpeed;
    private RunViewModel run;
    /** Set while the frame moves the slider, so that its listener does not take that for a seek. */
    private boolean movingSlider;

    public void bind(RunViewModel runViewModel) {
        this.run = runViewModel;
        ReplayPlayer replay = run.replay();
        bar.visibleProperty().bind(run.stateProperty().isEqualTo(RunState.REPLAY));
        bar.managedProperty().bind(bar.visibleProperty());
        replaySlider.maxProperty().bind(replay.lengthProperty());
        replaySlider.valueProperty().addListener((obs, old, now) -> {
            if (!movingSlider) {
                replay.pause();
                replay.seek(now.doubleValue());
            }
        });
        replayTime.textProperty().bind(Bindings.format("%.1f s of %.1f s", replay.positionProperty(),
                replay.lengthProperty()));
        playButton.textProperty().bind(Bindings.when(replay.playingProperty()).then("Pause").otherwise("Play"));
        replaySpeed.getItems().setAll(SPEEDS);
        replaySpeed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double speed) {
                return speed == null ? "" : RunSettings.plain(speed) + "x";
            }

            @Override
            public Double fromString(String text) {
                return null; // not editable: only the listed speeds are offered
            }
        });
        replaySpeed.setValue(1.0);
        replaySpeed.valueProperty().addListener((obs, old, now) -> replay.speedProperty().set(now));
    }

    /** Follows the replay's position, unless the user is dragging the slider. */
    public void frame() {
        if (run.stateProperty().get() == RunState.REPLAY && !replaySlider.isValueChanging()) {
            movingSlider = true;
            replaySlider.setValue(run.replay().positionProperty().get());
            movingSlider = false;
        }
    }

    @FXML
    public void togglePlay() {
        if (run.replay().playingProperty().get()) {
            run.replay().pause();
        } else {
            run.replay().play();
        }
    }
}
