package scalemodels.supervisor;

import org.tinylog.Logger;

import scalemodels.event.FaultKind;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.wire.ToVm;

/**
 * Faults injected into a run in processes: pause, resume and channel faults travel to the VM as control messages (it
 * applies and logs them between ticks); a crash is a real SIGKILL; a restart is a new process.
 */
final class ProcessFaults implements FaultControls {
    /** Starts a new process for a crashed VM. */
    interface Restarter {
        void restart(int vm) throws LaunchException;
    }

    private final Children children;
    private final Restarter restarter;

    ProcessFaults(Children children, Restarter restarter) {
        this.children = children;
        this.restarter = restarter;
    }

    @Override
    public void pause(int vm) {
        children.send(vm, new ToVm.Pause());
    }

    @Override
    public void resume(int vm) {
        children.send(vm, new ToVm.Resume());
    }

    @Override
    public void fault(int from, int to, FaultKind kind, long delayMillis, long forMillis) {
        if (from == to || to < 0 || to >= children.count()) {
            throw new IllegalArgumentException("no channel from VM " + from + " to VM " + to);
        }
        if (delayMillis < 0 || forMillis < 0) {
            throw new IllegalArgumentException("a fault's times must be 0 or more");
        }
        children.send(from, new ToVm.Fault(to, kind, delayMillis, forMillis));
    }

    /** Kills VM {@code vm}'s process for real (SIGKILL); its watcher then writes the crash line. */
    @Override
    public void crash(int vm) {
        VmChild child = children.get(vm);
        if (child.alive()) {
            Logger.warn("crashing VM {} (process {}) on request", vm, child.process.pid());
            child.killRequested = true;
            child.process.destroyForcibly();
        }
    }

    @Override
    public void restart(int vm) throws LaunchException {
        restarter.restart(vm);
    }
}
