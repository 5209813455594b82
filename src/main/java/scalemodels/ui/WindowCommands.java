package scalemodels.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import scalemodels.rundata.TimeWindow;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.timeline.FxPainter;
import scalemodels.ui.timeline.TimelineView;

/** The file choosers, keyboard shortcuts and drag and drop that lead to the run view model's commands. */
final class WindowCommands {
    private WindowCommands() {
    }

    /** Each toolbar command's key; a command whose button is disabled does nothing. */
    record Shortcuts(Runnable start, Runnable stop, Runnable rerun, Runnable export, Runnable open,
                     Runnable reviewFormat, Runnable backToLive, Runnable fitWholeRun, Runnable togglePlay,
                     Runnable largerPresentation, Runnable smallerPresentation, Runnable toggleDark,
                     Runnable saveView) {
        void install(Scene scene) {
            var keys = scene.getAccelerators();
            keys.put(new KeyCodeCombination(KeyCode.F5), start);
            keys.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), stop);
            keys.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), rerun);
            keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export);
            keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), open);
            keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    reviewFormat);
            keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), backToLive);
            keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), fitWholeRun);
            keys.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), togglePlay);
            // Ctrl+Plus is Ctrl+= on most layouts, Ctrl+Add on the keypad.
            for (KeyCode plus : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
                keys.put(new KeyCodeCombination(plus, KeyCombination.SHORTCUT_DOWN), largerPresentation);
            }
            for (KeyCode minus : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
                keys.put(new KeyCodeCombination(minus, KeyCombination.SHORTCUT_DOWN), smallerPresentation);
            }
            keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    toggleDark);
            keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    saveView);
        }
    }

    /** Asks where to save the zip of the last run, then exports it, with {@code inView} in its timeline.png. */
    static void export(Window owner, RunViewModel run, TimeWindow inView) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run logs");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        chooser.setInitialFileName(run.lastRunFolderProperty().get().getFileName() + ".zip");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            run.export().export(file.toPath(), inView);
        }
    }

    /**
     * Save view: asks where, then writes the timeline as it is, as a PNG drawn twice as large or, for a name ending
     * in .svg, as an SVG document (both by the canvas's renderer).
     */
    static void saveView(Window owner, TimelineView timeline, RunViewModel run) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the timeline view");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image (2x)", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        chooser.setInitialFileName("timeline-view.png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            saveView(timeline, run, file.toPath());
        }
    }

    /** Writes the view to {@code file}: SVG when its name ends in .svg, else PNG at 2x; says so in the status line. */
    static void saveView(TimelineView timeline, RunViewModel run, Path file) {
        boolean svg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        try {
            if (svg) {
                Files.writeString(file, timeline.savedView().svg(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                PngWriter.write(FxPainter.snapshot(timeline.savedView(), 2), file);
            }
            run.messageProperty().set("Saved the view " + (svg ? "as SVG" : "(2x)") + " to " + file);
        } catch (java.io.IOException e) {
            run.messageProperty().set("Could not save the view: " + e.getMessage());
        }
    }

    /** Asks for a run folder, starting next to the last one, then opens it. */
    static void open(Window owner, RunViewModel run) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a run folder");
        Path last = run.lastRunFolderProperty().get();
        if (last != null && last.getParent() != null && Files.isDirectory(last.getParent())) {
            chooser.setInitialDirectory(last.getParent().toFile());
        }
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            run.opened().openRun(dir.toPath());
        }
    }

    /** A folder (or a file, meaning its folder) dropped on the window opens while nothing runs. */
    static void acceptDrops(Region root, RunViewModel run) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !run.stateProperty().get().isActive()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                File dropped = e.getDragboard().getFiles().get(0);
                run.opened().openRun((dropped.isDirectory() ? dropped : dropped.getParentFile()).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
