package scalemodels.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import scalemodels.model.RunSettings;
import scalemodels.supervisor.ProcessLauncher;
import scalemodels.ui.run.RunState;
import scalemodels.ui.settings.SettingsStore;

/**
 * The real main window in a private folder (its own logs and settings file), for the TestFX classes, opened as the app
 * opens it, its warm VM processes from the pool the tests' windows share ({@link SharedStandbyVms}) and as many as the
 * settings ask for. Each class still declares its own
 * {@code @Start} (an inherited one is ignored, TestFX issue 730) and calls this.
 */
final class WindowFixture {
    final Path home;
    final MainWindowView view;
    private final Stage stage;

    private WindowFixture(Path home, MainWindowView view, Stage stage) {
        this.home = home;
        this.view = view;
        this.stage = stage;
    }

    static WindowFixture open(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("scale-models-ui");
        Path logs = home.resolve("vm_logs");
        CompositionRoot services = CompositionRoot.with(new ProcessLauncher(logs, SharedStandbyVms.pool()), logs,
                new SettingsStore(home.resolve("settings.properties")));
        MainWindowView view = ScaleModelsApp.open(stage, services);
        view.apply(GuiOptions.plain(logs)); // as the app does: the warm processes follow the settings' VM count
        return new WindowFixture(home, view, stage);
    }

    /** Sizes the window, simulates the run (1 ms network delay) and waits until it is open for replay. */
    void simulateAt(FxRobot robot, double width, double height, RunSettings settings) throws TimeoutException {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            view.runViewModel().live().simulate(settings, 1_000);
        });
        waitFor(60, () -> view.runViewModel().stateProperty().get() == RunState.REPLAY);
    }

    /** Sizes the window, opens the logs (inferring their format) and waits until they are open for replay. */
    void openAt(FxRobot robot, double width, double height, Path logs) throws TimeoutException {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            view.runViewModel().opened().openRun(logs);
        });
        waitFor(60, () -> view.runViewModel().stateProperty().get() == RunState.REPLAY);
    }

    /** Stops any run (and so every VM process) and deletes the folder. */
    void close(FxRobot robot) throws IOException {
        robot.interact(view::shutdown);
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Clicks the node once the window shows it: controls such as "Fit whole run" appear with the frame after the
     * state that calls for them, and a click before that frame finds the node but not visible (seen under load).
     */
    static void clickWhenShown(FxRobot robot, String query) throws TimeoutException {
        waitFor(10, () -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(query);
    }

    static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    static void waitFor(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    /** Waits until the label's text starts with {@code prefix}; on timeout the failure quotes what it said instead. */
    static void waitForText(FxRobot robot, String query, String prefix, int seconds) {
        try {
            waitFor(seconds, () -> label(robot, query).getText().startsWith(prefix));
        } catch (TimeoutException e) {
            String violations = robot.lookup("#violations-list").tryQueryAs(ListView.class)
                    .map(list -> " " + list.getItems()).orElse("");
            throw new AssertionError(query + " never started with \"" + prefix + "\" in " + seconds + " s; it says: "
                    + label(robot, query).getText() + violations, e);
        }
    }
}
