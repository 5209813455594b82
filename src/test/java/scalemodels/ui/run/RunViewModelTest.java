package scalemodels.ui.run;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.concurrent.TaskRunner;
import scalemodels.importer.RunOpener;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunLauncher;
import scalemodels.launch.RunListener;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.sim.SimulationLauncher;
import scalemodels.supervisor.LocalPlacement;
import scalemodels.supervisor.ProcessLauncher;
import scalemodels.supervisor.Supervisor;

/** The window's run state machine, driven frame by frame from the test thread, with real VM processes. */
@Timeout(120)
class RunViewModelTest {
    @TempDir
    Path logs;
    private RunViewModel vm;

    @AfterEach
    void shutdown() {
        if (vm != null) {
            vm.shutdown();
            for (long pid : vm.live().processIds()) {
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid);
            }
        }
    }

    /** The window's run view model over real VM processes, as the composition root builds it. */
    private static RunViewModel realRuns(Path logsRoot) {
        return runsFrom(new ProcessLauncher(logsRoot, true), logsRoot);
    }

    private static RunViewModel runsFrom(RunLauncher processes, Path logsRoot) {
        return new RunViewModel(new RunServices(processes, delay -> new SimulationLauncher(logsRoot, delay),
                RunOpener::open, TaskRunner.THREADS));
    }

    private RunState frameUntil(RunState wanted) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            vm.frame(System.nanoTime());
            return vm.stateProperty().get() == wanted;
        });
        return vm.stateProperty().get();
    }

    @Test
    void startRunStopAndTheButtonsThatGoWithEachState() throws Exception {
        vm = realRuns(logs);
        SimpleBooleanProperty settingsValid = new SimpleBooleanProperty(true);
        var canStart = vm.live().canStart(settingsValid);
        var canStop = vm.live().canStop();
        var canRerun = vm.live().canRerun();
        var canExport = vm.export().canExport();
        assertTrue(canStart.get());
        assertFalse(canStop.get() || canRerun.get() || canExport.get());
        settingsValid.set(false);
        assertFalse(canStart.get(), "invalid settings disable Start");
        settingsValid.set(true);

        vm.live().start(new RunSettings(3, 77, 2, 5, 10, 20, 0));
        assertEquals(RunState.STARTING, vm.stateProperty().get());
        assertFalse(canStart.get());
        assertTrue(canStop.get());
        frameUntil(RunState.RUNNING);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            vm.frame(System.nanoTime());
            return vm.counters().eventsProperty().get() > 30;
        });
        assertTrue(vm.counters().eventsPerSecondProperty().get() > 0);
        assertEquals(0, vm.counters().lostEventsProperty().get());
        assertFalse(canRerun.get() || canExport.get(), "no rerun or export while running");

        vm.live().stop();
        assertEquals(RunState.STOPPING, vm.stateProperty().get());
        frameUntil(RunState.FINISHED);
        for (int lane = 0; lane < 3; lane++) {
            assertEquals(VmStatus.STOPPED, vm.modelProperty().get().status(lane));
        }
        assertTrue(canStart.get() && canRerun.get() && canExport.get());
        assertFalse(canStop.get());
        assertTrue(vm.messageProperty().get().startsWith("Run finished: "), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains(" 0 lost"), vm.messageProperty().get());

        Path zip = logs.resolve("export/run.zip");
        vm.export().export(zip);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            vm.frame(System.nanoTime());
            return vm.messageProperty().get().startsWith("Exported");
        });
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String run = vm.lastRunFolderProperty().get().getFileName().toString();
            assertTrue(archive.getEntry(run + "/vm_0.log") != null && archive.getEntry(run + "/manifest.properties") != null);
        }
    }

    @Test
    void aRunThatCannotStartSaysWhyAndLeavesTheWindowUsable() throws Exception {
        Path blocked = Files.writeString(logs.resolve("a-file"), "in the way");
        vm = realRuns(blocked);
        vm.live().start(RunSettings.defaults(1));
        frameUntil(RunState.FAILED);
        assertTrue(vm.messageProperty().get().startsWith("Cannot create a run folder under"),
                vm.messageProperty().get());
        assertTrue(vm.live().canStart(new SimpleBooleanProperty(true)).get());
    }

    @Test
    void aVmJvmThatCannotStartGivesAClearMessage() throws Exception {
        // The first run's VM "JVMs" are /bin/false, which exits at once with code 1 as a java that cannot start does
        // (a command of its own: scalemodels.vm.java would reach the tests running beside this one).
        AtomicBoolean broken = new AtomicBoolean(true);
        ProcessLauncher real = new ProcessLauncher(logs, false);
        vm = runsFrom(new RunLauncher() {
            @Override
            public LaunchedRun prepare(RunSettings settings, RunListener listener) {
                return broken.getAndSet(false) ? new Supervisor(settings, logs, listener,
                        new LocalPlacement(null, vmIndex -> List.of("/bin/false"))) : real.prepare(settings, listener);
            }

            @Override
            public boolean live() {
                return true;
            }
        }, logs);
        vm.live().start(RunSettings.defaults(4));
        frameUntil(RunState.FAILED);
        assertTrue(vm.messageProperty().get().matches("VM \\d exited while starting \\(exit code 1\\).*"),
                vm.messageProperty().get());
        vm.live().start(new RunSettings(2, 4, 3, 3, 10, 10, 1));
        frameUntil(RunState.FINISHED);
        assertTrue(vm.messageProperty().get().startsWith("Run finished"), "the window stays usable");
    }

    @Test
    void aFinishedRunFolderOpensForReplay() throws Exception {
        vm = realRuns(logs);
        vm.live().start(new RunSettings(2, 5, 3, 3, 10, 10, 1));
        frameUntil(RunState.FINISHED);
        Path folder = vm.lastRunFolderProperty().get();
        long events = vm.modelProperty().get().events();

        RunViewModel other = realRuns(logs);
        other.opened().openRun(folder);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            other.frame(System.nanoTime());
            return other.stateProperty().get() == RunState.REPLAY;
        });
        assertEquals(events, other.modelProperty().get().events());
        assertEquals(5, other.lastSettingsProperty().get().seed());

        other.opened().openRun(logs.resolve("no-such-run"));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            other.frame(System.nanoTime());
            return other.messageProperty().get().startsWith("Cannot open");
        });
        assertEquals(RunState.FINISHED, other.stateProperty().get(), "the opened run stays on screen");
    }
}
