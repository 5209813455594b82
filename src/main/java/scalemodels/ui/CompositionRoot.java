package scalemodels.ui;

import java.nio.file.Path;

import scalemodels.concurrent.TaskRunner;
import scalemodels.importer.RunOpener;
import scalemodels.launch.RunLauncher;
import scalemodels.sim.SimulationLauncher;
import scalemodels.supervisor.ProcessLauncher;
import scalemodels.ui.experiment.ExperimentsViewModel;
import scalemodels.ui.run.RunServices;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.settings.SettingsStore;
import scalemodels.ui.settings.SettingsViewModel;

/**
 * Where the window's services are made, once, and handed to the view models that use them: VM processes with warm
 * standby processes, the simulation, the log reader and named background threads. Nothing below builds its own.
 *
 * @param run         Start, Stop, Rerun, Open run, Export, replay and the status bar
 * @param settings    the settings panel
 * @param experiments the Experiments tab
 * @param store       where the settings are remembered
 */
record CompositionRoot(RunViewModel run, SettingsViewModel settings, ExperimentsViewModel experiments,
                       SettingsStore store) {
    static CompositionRoot standard(Path logsRoot, SettingsStore store) {
        return with(new ProcessLauncher(logsRoot, true), logsRoot, store);
    }

    /** @param processes how runs start in VM processes (the tests' windows share one pool of warm processes) */
    static CompositionRoot with(RunLauncher processes, Path logsRoot, SettingsStore store) {
        RunServices services = new RunServices(processes,
                delayMicros -> new SimulationLauncher(logsRoot, delayMicros), RunOpener::open, TaskRunner.THREADS);
        return new CompositionRoot(new RunViewModel(services), new SettingsViewModel(),
                new ExperimentsViewModel(logsRoot), store);
    }
}
