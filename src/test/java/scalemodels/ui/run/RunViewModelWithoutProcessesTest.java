package scalemodels.ui.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.event.FaultKind;
import scalemodels.importer.RunOpener;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunLauncher;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;
import scalemodels.model.VmStatus;
import scalemodels.sim.SimulationLauncher;
import scalemodels.ui.settings.SettingsViewModel;

/**
 * The run view models over injected services, without one JVM: a scripted launcher stands in for the processes,
 * background tasks run on the test thread, and the simulation runs in this JVM.
 */
class RunViewModelWithoutProcessesTest {
    @TempDir
    Path logs;
    private final List<String> tasksRun = new ArrayList<>();

    /** A launcher whose runs the test drives: it says what the listener heard and what was asked of the run. */
    final class ScriptedLauncher implements RunLauncher {
        RunListener listener;
        ScriptedRun run;
        String failWith;
        int warmed;

        @Override
        public LaunchedRun prepare(RunSettings settings, RunListener runListener) {
            listener = runListener;
            run = new ScriptedRun(settings);
            return run;
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public void keepWarm(int vms) {
            warmed = vms;
        }

        final class ScriptedRun implements LaunchedRun, FaultControls {
            final RunSettings settings;
            final CompletableFuture<RunOutcome> ended = new CompletableFuture<>();
            final List<String> asked = new ArrayList<>();
            RunFolder folder;

            ScriptedRun(RunSettings settings) {
                this.settings = settings;
            }

            @Override
            public RunFolder start() throws LaunchException {
                if (failWith != null) {
                    throw new LaunchException(failWith);
                }
                try {
                    folder = RunFolder.create(logs, java.time.Instant.now(), settings);
                } catch (IOException e) {
                    throw new LaunchException(e.getMessage(), e);
                }
                return folder;
            }

            /** Streams the ticks VM logic makes, as VM processes would. */
            void tick(int ticks) {
                VmLogic[] vms = new VmLogic[settings.vms()];
                for (int vm = 0; vm < vms.length; vm++) {
                    vms[vm] = new VmLogic(vm, settings);
                    listener.onEvent(vms[vm].startEvent(1_000_000, settings.speed()));
                }
                for (int t = 1; t <= ticks; t++) {
                    for (VmLogic vm : vms) {
                        listener.onEvent(vm.onTick(1_000_000 + t * 1000L, null, 0).event());
                    }
                }
            }

            void end() {
                VmStatus[] statuses = new VmStatus[settings.vms()];
                java.util.Arrays.fill(statuses, VmStatus.STOPPED);
                RunOutcome outcome = new RunOutcome(folder, new int[settings.vms()], statuses,
                        new long[settings.vms()], false, List.of());
                listener.onRunEnded(outcome);
                ended.complete(outcome);
            }

            @Override
            public RunSettings settings() {
                return settings;
            }

            @Override
            public RunFolder folder() {
                return folder;
            }

            @Override
            public long startMicros() {
                return 1_000_000;
            }

            @Override
            public void requestStop() {
                asked.add("stop");
            }

            @Override
            public CompletableFuture<RunOutcome> ended() {
                return ended;
            }

            @Override
            public RunOutcome awaitEnd(Duration timeout) {
                return ended.getNow(null);
            }

            @Override
            public long[] pids() {
                return new long[] {-1, -1};
            }

            @Override
            public Optional<FaultControls> faults() {
                return Optional.of(this);
            }

            @Override
            public void close() {
                asked.add("close");
            }

            @Override
            public void pause(int vm) {
                asked.add("pause " + vm);
            }

            @Override
            public void resume(int vm) {
                asked.add("resume " + vm);
            }

            @Override
            public void fault(int from, int to, FaultKind kind, long delayMillis, long forMillis) {
                asked.add(kind.word() + " " + from + "->" + to);
            }

            @Override
            public void crash(int vm) {
                asked.add("crash " + vm);
            }

            @Override
            public void restart(int vm) {
                asked.add("restart " + vm);
            }
        }
    }

    private RunViewModel viewModel(ScriptedLauncher launcher) {
        return new RunViewModel(new RunServices(launcher, delay -> new SimulationLauncher(logs, delay),
                RunOpener::open, (name, task) -> {
                    tasksRun.add(name);
                    task.run();
                }));
    }

    @Test
    void aLiveRunGoesFromStartToFinishedWithItsCountersAndFaults() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        RunViewModel run = viewModel(launcher);
        var canStart = run.live().canStart(new SimpleBooleanProperty(true));
        run.live().start(new RunSettings(2, 9, 1, 6, 10, 1, 5));
        assertEquals(RunState.STARTING, run.stateProperty().get(), "started on the task runner, not yet taken in");
        assertFalse(canStart.get());
        run.frame(System.nanoTime());
        assertEquals(RunState.RUNNING, run.stateProperty().get());
        assertTrue(run.messageProperty().get().startsWith("Running 2 VMs, seed 9 for 5 s."),
                run.messageProperty().get());

        launcher.run.tick(10);
        run.frame(System.nanoTime());
        assertEquals(22, run.counters().eventsProperty().get(), "2 start lines and 2 x 10 ticks");
        assertEquals(0, run.counters().lostEventsProperty().get());

        assertTrue(run.live().canInjectFaults());
        run.live().faults().pauseVm(1);
        run.live().faults().channelFault(0, 1, FaultKind.DROP, 0, 0);
        run.live().faults().restartVm(0);
        run.frame(System.nanoTime());
        assertEquals(List.of("pause 1", "drop 0->1", "restart 0"), launcher.run.asked);
        assertEquals("Restarted VM 0: it carries on with the clock it had", run.messageProperty().get());

        launcher.run.end();
        run.frame(System.nanoTime());
        assertEquals(RunState.FINISHED, run.stateProperty().get());
        assertTrue(run.messageProperty().get().startsWith("Run finished: 0 events, 0 lost."),
                run.messageProperty().get());
        assertEquals(2, launcher.warmed, "processes are warmed for the next start once the run ended");
        assertFalse(run.live().canInjectFaults());
        assertTrue(tasksRun.containsAll(List.of("run-starter", "vm-restarter", "reconciliation")), tasksRun.toString());
        assertTrue(run.live().canRerun().get());
        assertTrue(run.export().canExport().get());
    }

    @Test
    void stopWhileStartingStopsTheRunOnceItHasStarted() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        RunViewModel run = viewModel(launcher);
        run.live().start(RunSettings.defaults(3));
        run.live().stop();
        assertEquals(RunState.STOPPING, run.stateProperty().get());
        run.frame(System.nanoTime());
        assertEquals(List.of("stop", "stop"), launcher.run.asked, "asked at once and again once started");
        assertEquals(RunState.STOPPING, run.stateProperty().get());
    }

    @Test
    void aRunThatCannotStartSaysWhyAndRerunTriesAgain() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        launcher.failWith = "VM 1 exited while starting (exit code 1)";
        RunViewModel run = viewModel(launcher);
        run.live().start(RunSettings.defaults(4));
        run.frame(System.nanoTime());
        assertEquals(RunState.FAILED, run.stateProperty().get());
        assertEquals("VM 1 exited while starting (exit code 1)", run.messageProperty().get());
        assertArrayEquals(new long[] {}, run.live().processIds(), "no run, no processes");
        launcher.failWith = null;
        run.live().rerun();
        run.frame(System.nanoTime());
        assertEquals(RunState.RUNNING, run.stateProperty().get(), "Rerun ran the same way again");
    }

    @Test
    void aSimulationOpensForReplayAndRerunSimulatesAgainWithTheSameDelay() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        RunViewModel run = viewModel(launcher);
        run.live().simulate(new RunSettings(3, 12, 1, 6, 10, 1, 5), 2_000);
        run.frame(System.nanoTime());
        assertEquals(RunState.REPLAY, run.stateProperty().get());
        assertTrue(run.messageProperty().get().startsWith("Simulated 5 s (seed 12, network delay 2 ms): "),
                run.messageProperty().get());
        long events = run.analysisModel().events();
        assertTrue(events > 30, "events: " + events);
        assertNull(launcher.run, "no process launcher was asked");
        assertTrue(run.replay().lengthProperty().get() > 4.9);

        run.live().rerun();
        run.frame(System.nanoTime());
        assertEquals(events, run.analysisModel().events(), "the same seed and delay make the same run");
        assertNull(launcher.run);
    }

    @Test
    void logsThatCannotBeOpenedLeaveWhatWasShown() {
        RunViewModel run = viewModel(new ScriptedLauncher());
        run.opened().openRun(logs.resolve("nothing-here"));
        run.frame(System.nanoTime());
        assertEquals(RunState.IDLE, run.stateProperty().get());
        assertTrue(run.messageProperty().get().startsWith("Cannot open " + logs.resolve("nothing-here")),
                run.messageProperty().get());
    }

    @Test
    void theElapsedTimeStartsFromZeroForEachRunNotFromTheLastOne() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        List<Runnable> waiting = new ArrayList<>();
        RunViewModel run = new RunViewModel(new RunServices(launcher, delay -> new SimulationLauncher(logs, delay),
                RunOpener::open, (name, task) -> waiting.add(task)));
        run.live().start(new RunSettings(2, 9, 1, 6, 10, 1, 5));
        waiting.remove(0).run();
        run.frame(System.nanoTime());
        launcher.run.tick(3);
        run.frame(System.nanoTime());
        assertTrue(run.counters().elapsedSecondsProperty().get() > 1, "counted from the scripted start at 1 s");
        launcher.run.end();
        run.frame(System.nanoTime());
        waiting.clear();
        run.live().start(new RunSettings(2, 9, 1, 6, 10, 1, 5));
        run.frame(System.nanoTime());
        assertEquals(RunState.STARTING, run.stateProperty().get());
        assertEquals(0, run.counters().elapsedSecondsProperty().get(), "nothing has run yet");
    }

    @Test
    void theWarmProcessesFollowTheSettingsVmCountAndNotTheLastRuns() {
        ScriptedLauncher launcher = new ScriptedLauncher();
        List<Runnable> waiting = new ArrayList<>();
        RunViewModel run = new RunViewModel(new RunServices(launcher, delay -> new SimulationLauncher(logs, delay),
                RunOpener::open, (name, task) -> waiting.add(task)));
        SettingsViewModel settings = new SettingsViewModel();
        settings.set(new RunSettings(3, 1, 1, 6, 10, 1, 5));
        run.live().followSettings(settings, true);
        assertEquals(3, launcher.warmed, "booted when the window opens");
        settings.text(RunSettings.Field.VMS).set("1");
        assertEquals(3, launcher.warmed, "an unusable count leaves the pool as it is");
        settings.text(RunSettings.Field.VMS).set("16");
        assertEquals(16, launcher.warmed);
        settings.simulateProperty().set(true);
        settings.text(RunSettings.Field.VMS).set("4");
        assertEquals(16, launcher.warmed, "a simulation needs no processes");
        settings.simulateProperty().set(false);
        assertEquals(4, launcher.warmed);

        run.live().start(new RunSettings(2, 9, 1, 6, 10, 1, 5));
        waiting.remove(0).run();
        run.frame(System.nanoTime());
        settings.text(RunSettings.Field.VMS).set("5");
        assertEquals(4, launcher.warmed, "no JVM boots while a run goes on");
        launcher.run.end();
        run.frame(System.nanoTime());
        assertEquals(5, launcher.warmed, "after the run: the settings' count, not the run's 2");
    }
}
