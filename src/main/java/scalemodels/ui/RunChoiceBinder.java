package scalemodels.ui;

import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

import scalemodels.ui.run.OpenedRunViewModel;

/**
 * The toolbar's run chooser: shown only while opened logs hold several runs (executions in one file, or trials told
 * apart by their file names), it says which is shown ("Run 2 of 5") and opens another, read the same way.
 */
final class RunChoiceBinder {
    private RunChoiceBinder() {
    }

    static void bind(ChoiceBox<Integer> chooser, OpenedRunViewModel opened) {
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer run) {
                return run == null ? "" : "Run " + run + " of " + opened.runsProperty().get().count();
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the chooser is not editable");
            }
        });
        boolean[] showing = {false}; // set while the chooser is filled from the model, not picked by the user
        opened.runsProperty().addListener((obs, old, runs) -> {
            showing[0] = true;
            chooser.getItems().setAll(java.util.stream.IntStream.rangeClosed(1, runs.count()).boxed().toList());
            chooser.getSelectionModel().select(Integer.valueOf(runs.shown()));
            chooser.setVisible(runs.several());
            chooser.setManaged(runs.several());
            showing[0] = false;
        });
        chooser.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (!showing[0] && run != null) {
                opened.showRun(run);
            }
        });
        chooser.disableProperty().bind(opened.canOpen().not());
        chooser.setVisible(false);
        chooser.setManaged(false);
    }
}
