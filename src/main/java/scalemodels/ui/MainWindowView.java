package scalemodels.ui;

import java.io.IOException;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.model.RunSettings;
import scalemodels.ui.analysis.AnalysisThrottle;
import scalemodels.ui.analysis.ChartsView;
import scalemodels.ui.analysis.SummaryView;
import scalemodels.ui.experiment.ExperimentsView;
import scalemodels.ui.experiment.ExperimentsViewModel;
import scalemodels.ui.format.FormatEditorView;
import scalemodels.ui.format.FormatEditorViewModel;
import scalemodels.ui.run.ReplayBarView;
import scalemodels.ui.run.RunState;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.run.StatusBarView;
import scalemodels.ui.settings.SettingsView;
import scalemodels.ui.settings.SettingsViewModel;
import scalemodels.ui.timeline.TimelineView;

/**
 * The main window's controller: binds the toolbar to the view models it is given (see {@link CompositionRoot}),
 * hands the included views (settings, replay bar, status bar, experiments) theirs, and runs the one frame loop.
 */
public final class MainWindowView {
    @FXML private BorderPane root;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button rerunButton;
    @FXML private Button exportButton;
    @FXML private Button openButton;
    @FXML private Button formatButton;
    @FXML private javafx.scene.control.ChoiceBox<Integer> runChoice;
    @FXML private Button reuseSeedButton;
    @FXML private MenuButton faultsButton;
    @FXML private Label lastSeedLabel;
    @FXML private Label selectionDetails;
    @FXML private StackPane timelineHolder;
    @FXML private TabPane tabs;
    @FXML private Tab timelineTab;
    @FXML private ChartsView chartsController;
    @FXML private SummaryView summaryController;
    @FXML private SettingsView settingsController;
    @FXML private ReplayBarView replayBarController;
    @FXML private StatusBarView statusBarController;
    @FXML private ExperimentsView experimentsController;

    private CompositionRoot services;
    private RunViewModel run;
    private SettingsViewModel settings;
    private TimelineView timeline;
    private FrameDriver frames;
    private Stage stage;
    private final AnalysisThrottle analysis = new AnalysisThrottle();
    private boolean analysisShown;

    /** Called once after loading, on the FX thread. */
    void init(Stage owner, CompositionRoot composition) {
        this.stage = owner;
        this.services = composition;
        this.run = composition.run();
        this.settings = composition.settings();
        settings.restore(composition.store().load());
        timeline = new TimelineView(selectionDetails);
        timelineHolder.getChildren().add(timeline);
        timeline.setStepper(new StepThrough(run, timeline));
        settings.presentation().property().addListener((obs, old, now) -> present(now.doubleValue()));
        present(settings.presentation().property().get());
        settings.presentation().darkProperty().addListener((obs, old, now) -> theme(now));
        theme(settings.presentation().darkProperty().get());
        settingsController.bind(settings, Bindings.createBooleanBinding(() -> run.stateProperty().get().isActive(),
                run.stateProperty()));
        bindToolbar();
        statusBarController.bind(run);
        replayBarController.bind(run);
        summaryController.setOnViolationChosen(this::showViolation);
        FaultsMenuBinder.bind(faultsButton, timeline, run);
        experimentsController.bind(composition.experiments());
        run.modelProperty().addListener((obs, old, now) -> timeline.setModel(now));
        run.lastRunFolderProperty().addListener((obs, old, now) -> stage.setTitle(
                now == null ? ScaleModelsApp.TITLE : ScaleModelsApp.TITLE + " - " + now.getFileName()));
        run.opened().formatReviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                FormatEditorView.show(stage, new FormatEditorViewModel(review.origin(), review.format(),
                        review.reason()), file -> run.opened().openRun(review.origin(), file.toString(), 1));
            }
        });
        WindowCommands.acceptDrops(root, run);
        frames = new FrameDriver(this::frame, run.messageProperty()::set);
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
            run.opened().openRun(options.openRun(), options.openFormat(), options.openExecution());
        }
        // Warm VM processes, as many as the settings ask for, booted while the user reads them.
        run.live().followSettings(settings, !options.startNow() && options.openRun() == null);
        if (options.startNow()) {
            start();
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
        new WindowCommands.Shortcuts(this::start, this::stop, this::rerun, this::export, this::openRun,
                this::reviewFormat, () -> timeline.returnToLive(), () -> timeline.fitWholeRun(),
                replayBarController::togglePlay, settings.presentation()::larger, settings.presentation()::smaller,
                settings.presentation()::toggleDark, () -> WindowCommands.saveView(stage, timeline, run))
                .install(scene);
    }

    /**
     * Presentation mode: every text (the root's font size, in which the style sheet's sizes are given) and the
     * timeline's glyphs and lines this many times larger.
     */
    private void present(double scale) {
        root.setStyle("-fx-font-size: " + RunSettings.plain(13 * scale) + "px;");
        timeline.setPresentationScale(scale);
    }

    /** The dark theme: the sheet's colours under {@code .root.dark} (the canvas's too), JFreeChart's for charts. */
    private void theme(boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        chartsController.setDark(dark);
    }

    /** Window closing: stop the timer and every VM process, remember the settings. */
    public void shutdown() {
        frames.stop();
        analysis.shutdown();
        services.store().save(settings.toProperties());
        run.shutdown();
    }

    /** The run view model, for what drives the window from outside (tests, the window benchmarks). */
    public RunViewModel runViewModel() {
        return run;
    }

    /** The settings panel's view model, for what drives the window from outside (tests, the screenshot tool). */
    public SettingsViewModel settingsViewModel() {
        return settings;
    }

    ExperimentsViewModel experimentsViewModel() {
        return services.experiments();
    }

    ChartsView charts() {
        return chartsController;
    }

    TimelineView timeline() {
        return timeline;
    }

    private void frame(long nowNanos) {
        run.frame(nowNanos);
        services.experiments().frame();
        RunAnalysis fresh = analysis.maybeAnalyse(run.analysisModel(), nowNanos);
        if (fresh != null) {
            chartsController.show(fresh);
            summaryController.show(fresh, run.opened().unreadableLinesProperty().get());
            timeline.selection().setViolations(fresh.violations());
            analysisShown = true;
        } else if (run.analysisModel() == null && analysisShown) {
            chartsController.clear();
            summaryController.show(null, java.util.List.of());
            analysisShown = false;
        }
        replayBarController.frame();
        chartsController.frame();
        timeline.refresh(run.nowMicros(), run.isLive());
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
        if (startButton.isDisabled() && !settings.isValid()) {
            // F5 with settings that cannot run: say why instead of doing nothing.
            run.messageProperty().set("Cannot start: " + settings.firstProblem());
        }
        if (!startButton.isDisabled()) {
            services.store().save(settings.toProperties());
            if (settings.simulateProperty().get()) {
                run.live().simulate(settings.toSettings(), settings.networkDelayMicros());
            } else {
                run.live().start(settings.toSettings());
            }
        }
    }

    @FXML
    private void stop() {
        if (!stopButton.isDisabled()) {
            run.live().stop();
        }
    }

    @FXML
    private void rerun() {
        if (!rerunButton.isDisabled()) {
            run.live().rerun();
        }
    }

    @FXML
    private void export() {
        if (!exportButton.isDisabled()) {
            WindowCommands.export(stage, run, timeline.savedView().realTimeInView());
        }
    }

    @FXML
    private void openRun() {
        if (!openButton.isDisabled()) {
            WindowCommands.open(stage, run);
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
            run.opened().reviewFormat();
        }
    }

    private void bindToolbar() {
        startButton.disableProperty().bind(run.live().canStart(settings.validProperty()).not());
        stopButton.disableProperty().bind(run.live().canStop().not());
        rerunButton.disableProperty().bind(run.live().canRerun().not());
        exportButton.disableProperty().bind(run.export().canExport().not());
        openButton.disableProperty().bind(run.opened().canOpen().not());
        formatButton.disableProperty().bind(run.opened().canReviewFormat().not());
        RunChoiceBinder.bind(runChoice, run.opened());
        reuseSeedButton.disableProperty().bind(run.live().canRerun().not());
        lastSeedLabel.setId("last-seed");
        lastSeedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RunSettings last = run.lastSettingsProperty().get();
            return last == null ? "" : "Last run: seed " + last.seed() + ", " + last.vms() + " VMs";
        }, run.lastSettingsProperty()));
    }
}
