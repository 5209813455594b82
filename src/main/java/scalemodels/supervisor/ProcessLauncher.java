package scalemodels.supervisor;

import java.nio.file.Path;

import scalemodels.diag.Threads;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunLauncher;
import scalemodels.launch.RunListener;
import scalemodels.model.RunSettings;

/**
 * Runs in real VM processes on this machine, one {@link Supervisor} per run, optionally with warm standby processes
 * for the next start (JVM boot time is most of a cold start).
 */
public final class ProcessLauncher implements RunLauncher {
    private final Path logsRoot;
    private final StandbyVms standby;
    private final boolean ownsStandby;

    /** @param keepStandby keep warm VM processes between runs (the window does; one-off commands do not) */
    public ProcessLauncher(Path logsRoot, boolean keepStandby) {
        this(logsRoot, keepStandby ? new StandbyVms() : null, true);
    }

    /**
     * Runs that take their warm processes from a pool this launcher shares with others and leaves open on
     * {@link #close()} (the tests' windows share one, so that the processes one leaves warm start the next one's run).
     */
    public ProcessLauncher(Path logsRoot, StandbyVms shared) {
        this(logsRoot, shared, false);
    }

    private ProcessLauncher(Path logsRoot, StandbyVms standby, boolean ownsStandby) {
        this.logsRoot = logsRoot;
        this.standby = standby;
        this.ownsStandby = ownsStandby;
    }

    @Override
    public LaunchedRun prepare(RunSettings settings, RunListener listener) {
        return new Supervisor(settings, logsRoot, listener, new LocalPlacement(standby));
    }

    @Override
    public boolean live() {
        return true;
    }

    /**
     * Boots {@code vms} standby processes on a background thread. Call it between runs, never during one: booting
     * JVMs would take CPU from the running VMs.
     */
    @Override
    public void keepWarm(int vms) {
        if (standby != null) {
            Threads.start("standby-filler", () -> standby.fill(vms));
        }
    }

    /** Ends the standby processes, unless the pool is shared. */
    @Override
    public void close() {
        if (standby != null && ownsStandby) {
            standby.close();
        }
    }
}
