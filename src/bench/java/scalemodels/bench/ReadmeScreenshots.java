package scalemodels.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.stage.Stage;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import scalemodels.analysis.RunAnalysis;
import scalemodels.event.EventType;
import scalemodels.event.FaultKind;
import scalemodels.model.ClockSkew;
import scalemodels.importer.RunOpener;
import scalemodels.model.RunSettings;
import scalemodels.report.ChartImages;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;
import scalemodels.timeline.TimelineGeometry;
import scalemodels.ui.MainWindowView;
import scalemodels.ui.PngWriter;
import scalemodels.ui.ScaleModelsApp;
import scalemodels.ui.run.RunState;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.settings.SettingsStore;
import scalemodels.ui.timeline.TimelineView;

/**
 * {@code ./run.sh screenshots}: remakes the README's pictures of the real window with real VM processes, each from a
 * script (settings, waits, fault injections) so that anyone can make them again: a 3-VM run, 16 VMs at speed 50, and
 * a run with a pause, a dropped channel and a crash, and the causal cone of one event compared with another.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Remake the README's screenshots (docs/screenshot.png, docs/sixteen.png, docs/faults.png, "
                + "docs/cone.png, docs/lamport.png, docs/cut.png, docs/legend.png, docs/presentation.png, docs/dark.png, "
                + "docs/skew.png, and docs/timeline-export.png, the faults run's exported timeline.png) "
                + "from "
                + "real runs in the real window, headless under Monocle when there is no display.")
public final class ReadmeScreenshots implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write them (default: docs in the project).")
    Path out;

    private FxBoot fx;
    private Stage stage;
    private MainWindowView window;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReadmeScreenshots()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path dir = out != null ? out : Path.of(System.getProperty("scalemodels.home", "."), "docs");
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory("scale-models-screenshots");
        fx = FxBoot.start();
        try {
            fx.onFx(() -> {
                stage = new Stage();
                window = ScaleModelsApp.open(stage, work.resolve("vm_logs"),
                        new SettingsStore(work.resolve("settings.properties")));
                stage.setWidth(1280);
                stage.setHeight(800);
                return null;
            });
            shoot(new RunSettings(3, 42, 1, 6, 10, 2, 0), 6, null, dir.resolve("screenshot.png"));
            shoot(new RunSettings(16, 7, 1, 6, 10, 50, 0), 5, null, dir.resolve("sixteen.png"));
            shoot(new RunSettings(3, 11, 2, 6, 10, 2, 0), 2.5, this::faults, dir.resolve("faults.png"));
            exportedTimeline(dir.resolve("timeline-export.png"));
            cone(new RunSettings(3, 5, 1, 6, 10, 1, 0), 10, dir.resolve("cone.png"));
            lamportAxis(dir.resolve("lamport.png"));
            cut(dir.resolve("cut.png"));
            legend(dir.resolve("legend.png"));
            presentation(dir.resolve("presentation.png"));
            dark(dir.resolve("dark.png"));
            shoot(new RunSettings(3, 5, 2, 6, 10, 1, 0, ClockSkew.parse("1:+400ms")), 6, null,
                    dir.resolve("skew.png"));
        } finally {
            fx.onFx(() -> {
                window.shutdown();
                stage.close();
                return null;
            });
            Platform.exit();
            scalemodels.files.FileTrees.delete(work); // the runs' logs: the pictures are all that is kept
        }
        return 0;
    }

    /** Pause VM 1 and drop VM 0's messages to VM 2; resume VM 1 3.5 s later, then kill VM 2's process. */
    private void faults() throws Exception {
        fx.onFx(() -> {
            run().live().faults().pauseVm(1);
            run().live().faults().channelFault(0, 2, FaultKind.DROP, 0, 0);
            return null;
        });
        pause(3.5);
        fx.onFx(() -> {
            run().live().faults().resumeVm(1);
            return null;
        });
        pause(1.5);
        fx.onFx(() -> {
            run().live().faults().crashVm(2);
            return null;
        });
        pause(1.5);
    }

    /** The last run's {@code timeline.png} as {@code export} draws it (the faults run: the README's Export section). */
    private void exportedTimeline(Path file) throws Exception {
        Path folder = fx.onFx(() -> run().lastRunFolderProperty().get());
        RunModel model = RunOpener.open(folder, null).model();
        ChartImages.writeTimeline(model, TimeWindow.whole(model), RunAnalysis.of(model).violations(), file);
    }

    /** Starts a run, waits {@code seconds} once it runs, plays the script, saves the window, stops the run. */
    private void shoot(RunSettings settings, double seconds, Script script, Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": " + settings.vms() + " VMs at speed "
                + RunSettings.plain(settings.speed()) + "...");
        startAndRun(settings, seconds);
        if (script != null) {
            script.play();
        }
        save(file);
        stop();
    }

    /** Starts a run from the settings panel and lets it run {@code seconds} once its clocks go. */
    private void startAndRun(RunSettings settings, double seconds) throws Exception {
        fx.onFx(() -> {
            window.settingsViewModel().set(settings);
            run().live().start(settings);
            return null;
        });
        awaitState(RunState.RUNNING);
        pause(seconds);
    }

    private void stop() throws Exception {
        fx.onFx(() -> {
            run().live().stop();
            return null;
        });
        awaitState(RunState.FINISHED);
    }

    /**
     * A finished run fitted to the window, a receive of VM 1 near the middle selected (its causal cone) and compared
     * with an event of VM 2 in its future (the message chain between them).
     */
    private void cone(RunSettings settings, double seconds, Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": the causal cone of a receive...");
        startAndRun(settings, seconds);
        stop();
        fx.onFx(() -> {
            TimelineView timeline = (TimelineView) stage.getScene().lookup("#timeline");
            timeline.fitWholeRun();
            TimelineGeometry g = timeline.geometry();
            RunModel model = run().modelProperty().get();
            EventRef receive = nearest(model, g, 1, g.width() * 0.45, EventType.RECEIVE);
            timeline.selectAt(g.x(model.lane(1).time(receive.index())), g.eventY(1));
            CausalOrder.Cone cone = timeline.selection().cone();
            for (int lane : new int[] {2, 0}) { // the first in the future of VM 1's receive, 70 % across or more
                LaneData data = model.lane(lane);
                for (int i = 0; i < data.size() && timeline.selection().second() == null; i++) {
                    double x = g.x(data.time(i));
                    if (x > g.width() * 0.7 && cone.of(lane, i) == CausalOrder.Relation.AFTER) {
                        timeline.selectSecondAt(x, g.eventY(lane));
                    }
                }
            }
            return null;
        });
        pause(0.5); // a few frames: the timeline draws its canvas in the frame loop
        save(file);
    }

    /** The run of the cone picture, its selection kept, laid out by Lamport clock once the morph has ended. */
    private void lamportAxis(Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": the same run on the Lamport axis...");
        fx.onFx(() -> {
            ((TimelineView) stage.getScene().lookup("#timeline")).setAxis(LogicalLayout.Axis.LAMPORT);
            return null;
        });
        pause(1.5); // the morph takes 0.7 s
        save(file);
        fx.onFx(() -> {
            ((TimelineView) stage.getScene().lookup("#timeline")).setAxis(LogicalLayout.Axis.REAL_TIME);
            return null;
        });
    }

    /**
     * The same run in real time, no selection, a cut placed at 45 % of the view and VM 1's point dragged on to 80 %:
     * it takes in receives of messages VM 0 sent after its own point, an inconsistent cut.
     */
    private void cut(Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": an inconsistent cut...");
        pause(1.0); // the morph back to real time
        fx.onFx(() -> {
            TimelineView timeline = (TimelineView) stage.getScene().lookup("#timeline");
            timeline.clearSelection();
            TimelineGeometry g = timeline.geometry();
            var tool = timeline.selection().cut();
            tool.placeAt(g.width() * 0.45);
            tool.grab(tool.x(1), g.eventY(1));
            tool.dragTo(g.width() * 0.8);
            tool.release();
            timeline.viewChanged();
            return null;
        });
        pause(0.5);
        save(file);
    }

    /** The legend (F1) over the same run, and a stepped explanation: Right pressed from a selected receive. */
    private void legend(Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": the legend, and a stepped explanation...");
        fx.onFx(() -> {
            TimelineView timeline = (TimelineView) stage.getScene().lookup("#timeline");
            timeline.selection().cut().clear();
            TimelineGeometry g = timeline.geometry();
            RunModel model = run().modelProperty().get();
            EventRef receive = nearest(model, g, 1, g.width() * 0.3, EventType.RECEIVE);
            timeline.reveal(receive.lane(), receive.index());
            timeline.step(true, false);
            ((javafx.scene.control.Button) stage.getScene().lookup("#legend-button")).fire();
            return null;
        });
        pause(0.5);
        saveWithPopups(file);
    }

    /** The same run and selection in presentation mode (Ctrl+Plus three times: 1.75x), for the back of a room. */
    private void presentation(Path file) throws Exception {
        fx.onFx(() -> {
            ((javafx.scene.control.Button) stage.getScene().lookup("#legend-button")).fire(); // closes the legend
            return null;
        });
        shootWith("presentation mode", () -> window.settingsViewModel().presentation().property().set(1.75),
                () -> window.settingsViewModel().presentation().property().set(1), file);
    }

    /** The same run and selection in the dark theme (Ctrl+Shift+D). */
    private void dark(Path file) throws Exception {
        shootWith("the dark theme", () -> window.settingsViewModel().presentation().darkProperty().set(true),
                () -> window.settingsViewModel().presentation().darkProperty().set(false), file);
    }

    /** The window as it is, with a way of looking at it switched on for the picture and off again after. */
    private void shootWith(String what, Runnable on, Runnable off, Path file) throws Exception {
        System.err.println("screenshot " + file.getFileName() + ": " + what + "...");
        fx.onFx(() -> {
            on.run();
            return null;
        });
        pause(0.8); // a few frames: styles applied, the canvas drawn again
        save(file);
        fx.onFx(() -> {
            off.run();
            return null;
        });
    }

    /** The window with its open popups (the legend) drawn over it where they stand. */
    private void saveWithPopups(Path file) throws Exception {
        fx.onFx(() -> {
            try {
                var image = stage.getScene().snapshot(null);
                var canvas = new javafx.scene.canvas.Canvas(image.getWidth(), image.getHeight());
                var gc = canvas.getGraphicsContext2D();
                gc.drawImage(image, 0, 0);
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w instanceof javafx.stage.Popup popup && popup.isShowing()) {
                        gc.drawImage(popup.getScene().snapshot(null), popup.getX() - stage.getX()
                                - stage.getScene().getX(), popup.getY() - stage.getY() - stage.getScene().getY());
                    }
                }
                PngWriter.write(canvas.snapshot(null, null), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        System.err.println("  written to " + file);
    }

    private void save(Path file) throws Exception {
        fx.onFx(() -> {
            try {
                PngWriter.write(stage.getScene(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        System.err.println("  written to " + file);
    }

    private static EventRef nearest(RunModel model, TimelineGeometry g, int lane, double x, EventType type) {
        LaneData data = model.lane(lane);
        EventRef best = null;
        for (int i = 0; i < data.size(); i++) {
            if (data.type(i) == type && (best == null
                    || Math.abs(g.x(data.time(i)) - x) < Math.abs(g.x(data.time(best.index())) - x))) {
                best = new EventRef(lane, i);
            }
        }
        return best;
    }

    private interface Script {
        void play() throws Exception;
    }

    private RunViewModel run() {
        return window.runViewModel();
    }

    private void awaitState(RunState wanted) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (fx.onFx(() -> run().stateProperty().get()) != wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run did not reach " + wanted);
            }
        }
    }

    private static void pause(double seconds) throws InterruptedException {
        Thread.sleep(Math.round(seconds * 1000));
    }
}
