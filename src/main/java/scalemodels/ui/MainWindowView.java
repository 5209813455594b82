package scalemodels.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunModel;
import scalemodels.ui.analysis.AnalysisThrottle;
import scalemodels.ui.analysis.ChartsView;
import scalemodels.ui.analysis.SummaryView;
import scalemodels.ui.experiment.ExperimentsView;
import scalemodels.ui.experiment.ExperimentsViewModel;
import scalemodels.ui.format.FormatEditorView;
import scalemodels.ui.format.FormatEditorViewModel;
import scalemodels.ui.run.FaultMenus;
import scalemodels.ui.run.RunState;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.settings.SettingsStore;
import scalemodels.ui.settings.SettingsView;
import scalemodels.ui.settings.SettingsViewModel;
import scalemodels.ui.timeline.TimelineView;

/** The main window's controller: wires toolbar, settings panel, timeline and status bar to the view models. */
public final class MainWindowView {
    @FXML private BorderPane root;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button rerunButton;
    @FXML private Button exportButton;
    @FXML private Button openButton;
    @FXML private Button formatButton;
    @FXML private Button reuseSeedButton;
    @FXML private Label lastSeedLabel;
    @FXML private Label selectionDetails;
    @FXML private StackPane timelineHolder;
    @FXML private Label stateLabel;
    @FXML private Label elapsedLabel;
    @FXML private Label eventsLabel;
    @FXML private Label rateLabel;
    @FXML private Label inFlightLabel;
    @FXML private Label lostLabel;
    @FXML private Label messageLabel;
    @FXML private Label reconciledLabel;
    @FXML private SettingsView settingsController;
    @FXML private TabPane tabs;
    @FXML private Tab timelineTab;
    @FXML private Tab chartsTab;
    @FXML private Tab summaryTab;
    @FXML private StackPane chartsHolder;
    @FXML private StackPane summaryHolder;
    @FXML private HBox replayBar;
    @FXML private Button playButton;
    @FXML private Slider replaySlider;
    @FXML private Label replayTime;
    @FXML private ComboBox<Double> replaySpeed;
    @FXML private ExperimentsView experimentsController;
    @FXML private MenuButton faultsButton;

    private final SettingsViewModel settings = new SettingsViewModel();
    private RunViewModel run;
    private SettingsStore store;
    private TimelineView timeline;
    private FrameDriver frames;
    private Stage stage;
    private final AnalysisThrottle analysis = new AnalysisThrottle();
    private ChartsView charts;
    private SummaryView summary;
    private ExperimentsViewModel experiments;
    private boolean movingSlider;
    private boolean analysisShown;

    /** Called once after loading, on the FX thread. */
    void init(Stage owner, Path logsRoot, SettingsStore settingsStore) {
        this.stage = owner;
        this.store = settingsStore;
        this.run = new RunViewModel(logsRoot);
        settings.restore(store.load());
        timeline = new TimelineView(selectionDetails);
        timelineHolder.getChildren().add(timeline);
        settingsController.bind(settings, Bindings.createBooleanBinding(() -> run.stateProperty().get().isActive(),
                run.stateProperty()));
        bindToolbar();
        bindStatusBar();
        charts = new ChartsView();
        chartsHolder.getChildren().add(charts);
        summary = new SummaryView(this::showViolation);
        summaryHolder.getChildren().add(summary);
        bindReplayBar();
        bindFaults();
        experiments = new ExperimentsViewModel(logsRoot);
        experimentsController.bind(experiments);
        run.modelProperty().addListener((obs, old, now) -> timeline.setModel(now));
        run.lastRunFolderProperty().addListener((obs, old, now) -> stage.setTitle(
                now == null ? ScaleModelsApp.TITLE : ScaleModelsApp.TITLE + " - " + now.getFileName()));
        run.formatReviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                FormatEditorView.show(stage, new FormatEditorViewModel(review.origin(), review.format(),
                        review.reason()), file -> run.openRun(review.origin(), file.toString(), 1));
            }
        });
        installDragAndDrop();
        frames = new FrameDriver(this::frame, messageLabel::setText);
        frames.start();
    }

    /** Command-line wishes: preset settings, start at once, take a screenshot and close. */
    void apply(GuiOptions options) {
        if (options.initialSettings() != null) {
            settings.set(options.initialSettings());
            settings.simulateProperty().set(options.simulate());
            settings.networkDelayProperty().set(RunSettings.plain(options.delayMicros() / 1000.0));
        }
        if (options.openRun() != null) {
            run.openRun(options.openRun(), options.openFormat(), options.openExecution());
        }
        if (options.startNow()) {
            start();
        } else if (options.openRun() == null && settings.isValid() && !settings.simulateProperty().get()) {
            // Boot the VM processes for the first Start now, while the user looks at the settings.
            run.keepWarm(settings.toSettings().vms());
        }
        if (options.screenshot() != null) {
            PauseTransition wait = new PauseTransition(Duration.seconds(options.screenshotAfter()));
            wait.setOnFinished(e -> {
                try {
                    PngWriter.write(root.getScene(), options.screenshot());
                    System.out.println("Screenshot saved to " + options.screenshot());
                } catch (IOException ex) {
                    System.err.println("error: cannot save the screenshot: " + ex.getMessage());
                }
                stage.close();
                shutdown();
                Platform.exit();
            });
            wait.play();
        }
    }

    void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::start);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), this::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::rerun);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openRun);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::reviewFormat);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> timeline.returnToLive());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                this::togglePlay);
    }

    /** Window closing: stop the timer and every VM process, remember the settings. */
    void shutdown() {
        frames.stop();
        store.save(settings.toProperties());
        run.shutdown();
    }

    RunViewModel runViewModel() {
        return run;
    }

    SettingsViewModel settingsViewModel() {
        return settings;
    }

    ExperimentsViewModel experimentsViewModel() {
        return experiments;
    }

    TimelineView timeline() {
        return timeline;
    }

    private void frame(long nowNanos) {
        run.frame(nowNanos);
        experiments.frame();
        RunAnalysis fresh = analysis.maybeAnalyse(run.analysisModel(), nowNanos);
        if (fresh != null) {
            charts.show(fresh);
            summary.show(fresh, run.unreadableLinesProperty().get());
            timeline.setViolations(fresh.violations());
            analysisShown = true;
        } else if (run.analysisModel() == null && analysisShown) {
            charts.clear();
            summary.show(null, java.util.List.of());
            analysisShown = false;
        }
        if (run.stateProperty().get() == RunState.REPLAY && !replaySlider.isValueChanging()) {
            movingSlider = true;
            replaySlider.setValue(run.replay().positionProperty().get());
            movingSlider = false;
        }
        charts.frame();
        timeline.refresh(run.nowMicros(), run.isLive());
    }

    private void bindReplayBar() {
        replayBar.visibleProperty().bind(run.stateProperty().isEqualTo(RunState.REPLAY));
        replayBar.managedProperty().bind(replayBar.visibleProperty());
        replaySlider.maxProperty().bind(run.replay().lengthProperty());
        replaySlider.valueProperty().addListener((obs, old, now) -> {
            if (!movingSlider) {
                run.replay().pause();
                run.replay().seek(now.doubleValue());
            }
        });
        replayTime.textProperty().bind(Bindings.format("%.1f s of %.1f s", run.replay().positionProperty(),
                run.replay().lengthProperty()));
        playButton.textProperty().bind(Bindings.when(run.replay().playingProperty()).then("Pause").otherwise("Play"));
        replaySpeed.getItems().setAll(0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 50.0, 100.0);
        replaySpeed.setConverter(new javafx.util.StringConverter<>() {
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
        replaySpeed.valueProperty().addListener((obs, old, now) -> run.replay().speedProperty().set(now));
    }

    private void bindFaults() {
        faultsButton.disableProperty().bind(run.stateProperty().isNotEqualTo(RunState.RUNNING));
        faultsButton.setOnShowing(e -> {
            RunModel model = run.modelProperty().get();
            faultsButton.getItems().clear();
            if (model == null) {
                return;
            }
            for (int vm = 0; vm < model.vms(); vm++) {
                Menu vmMenu = new Menu("VM " + vm + " (" + model.status(vm).name().toLowerCase() + ")");
                vmMenu.setId("faults-vm-" + vm);
                vmMenu.getItems().setAll(FaultMenus.forVm(vm, model, run));
                faultsButton.getItems().add(vmMenu);
            }
        });
        timeline.setContextMenuSource((lane, channel) -> {
            RunModel model = run.modelProperty().get();
            if (model == null || !run.canInjectFaults()) {
                return java.util.List.of();
            }
            java.util.List<MenuItem> items = new java.util.ArrayList<>();
            if (channel != null) {
                Menu arrow = new Menu("This channel: VM " + channel[0] + " -> VM " + channel[1]);
                arrow.getItems().setAll(FaultMenus.forChannel(channel[0], channel[1], run));
                items.add(arrow);
                items.add(new SeparatorMenuItem());
            }
            items.addAll(FaultMenus.forVm(lane, model, run));
            return items;
        });
    }

    @FXML
    private void togglePlay() {
        if (run.replay().playingProperty().get()) {
            run.replay().pause();
        } else {
            run.replay().play();
        }
    }

    /** A violation picked in the Summary: show the timeline around it, with the event selected. */
    private void showViolation(Violation violation) {
        tabs.getSelectionModel().select(timelineTab);
        if (run.stateProperty().get() == RunState.REPLAY) {
            run.replay().seek(run.replay().lengthProperty().get());
        }
        timeline.reveal(violation.vm(), violation.index());
    }

    @FXML
    private void start() {
        if (!startButton.isDisabled()) {
            store.save(settings.toProperties());
            if (settings.simulateProperty().get()) {
                run.simulate(settings.toSettings(), settings.networkDelayMicros());
            } else {
                run.start(settings.toSettings());
            }
        }
    }

    @FXML
    private void stop() {
        if (!stopButton.isDisabled()) {
            run.stop();
        }
    }

    @FXML
    private void rerun() {
        if (!rerunButton.isDisabled()) {
            run.rerun();
        }
    }

    @FXML
    private void export() {
        if (exportButton.isDisabled()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run logs");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        chooser.setInitialFileName(run.lastRunFolderProperty().get().getFileName() + ".zip");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            run.export(file.toPath());
        }
    }

    @FXML
    private void openRun() {
        if (openButton.isDisabled()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a run folder");
        Path last = run.lastRunFolderProperty().get();
        if (last != null && Files.isDirectory(last.getParent())) {
            chooser.setInitialDirectory(last.getParent().toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            run.openRun(dir.toPath());
        }
    }

    @FXML
    private void reuseLastSettings() {
        RunSettings last = run.lastSettingsProperty().get();
        if (last != null && !run.stateProperty().get().isActive()) {
            settings.set(last);
        }
    }

    @FXML
    private void reviewFormat() {
        if (!formatButton.isDisabled()) {
            run.reviewFormat();
        }
    }

    private void bindToolbar() {
        startButton.disableProperty().bind(run.canStart(settings.validProperty()).not());
        stopButton.disableProperty().bind(run.canStop().not());
        rerunButton.disableProperty().bind(run.canRerun().not());
        exportButton.disableProperty().bind(run.canExport().not());
        openButton.disableProperty().bind(run.canOpen().not());
        formatButton.disableProperty().bind(run.canReviewFormat().not());
        reuseSeedButton.disableProperty().bind(run.canRerun().not());
        lastSeedLabel.setId("last-seed");
        lastSeedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RunSettings last = run.lastSettingsProperty().get();
            return last == null ? "" : "Last run: seed " + last.seed() + ", " + last.vms() + " VMs";
        }, run.lastSettingsProperty()));
    }

    private void bindStatusBar() {
        stateLabel.textProperty().bind(Bindings.createStringBinding(() -> run.stateProperty().get().label(),
                run.stateProperty()));
        elapsedLabel.textProperty().bind(Bindings.format("Elapsed %.1f s", run.elapsedSecondsProperty()));
        eventsLabel.textProperty().bind(Bindings.format("Events %,d", run.eventsProperty()));
        rateLabel.textProperty().bind(Bindings.format("%,.0f events/s", run.eventsPerSecondProperty()));
        inFlightLabel.textProperty().bind(Bindings.format("In flight %,d", run.inFlightProperty()));
        lostLabel.textProperty().bind(Bindings.format("Lost %,d", run.lostEventsProperty()));
        run.lostEventsProperty().addListener((obs, old, now) -> {
            lostLabel.getStyleClass().remove("lost-nonzero");
            if (now.longValue() != 0) {
                lostLabel.getStyleClass().add("lost-nonzero");
            }
        });
        messageLabel.textProperty().bind(run.messageProperty());
        reconciledLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var counts = run.reconciliationProperty().get();
            return counts == null ? "" : counts.agrees() ? "0 missing" : "Counts differ";
        }, run.reconciliationProperty()));
        reconciledLabel.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            var counts = run.reconciliationProperty().get();
            return new javafx.scene.control.Tooltip(counts == null ? "" : counts.summary());
        }, run.reconciliationProperty()));
        run.stateProperty().addListener((obs, old, now) -> {
            stateLabel.getStyleClass().removeIf(s -> s.startsWith("run-"));
            stateLabel.getStyleClass().add("run-" + now.name().toLowerCase());
        });
    }

    private void installDragAndDrop() {
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
                run.openRun((dropped.isDirectory() ? dropped : dropped.getParentFile()).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
