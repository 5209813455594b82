package scalemodels.supervisor;

import java.util.function.BooleanSupplier;

import org.tinylog.Logger;

import scalemodels.event.FaultKind;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.model.VmStatus;
import scalemodels.wire.ToVm;

/**
 * Faults injected into a run in processes: pause, resume and channel faults travel to the VM as control messages (it
 * applies and logs them between ticks); a crash is a real SIGKILL; a restart is a new process.
 */
final class ProcessFaults implements FaultControls {
    /** Starts a VM's process and watches it. */
    interface Launch {
        void launch(VmChild child) throws LaunchException;
    }

    private final Children children;
    private final Launch launch;
    private final BooleanSupplier runGoesOn;
    private final Object runLock;

    /**
     * @param runGoesOn whether the run has neither ended nor been asked to stop
     * @param runLock   the supervisor's lock: a restart and the run's end do not interleave
     */
    ProcessFaults(Children children, Launch launch, BooleanSupplier runGoesOn, Object runLock) {
        this.children = children;
        this.launch = launch;
        this.runGoesOn = runGoesOn;
        this.runLock = runLock;
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

    /**
     * Starts a new process for a crashed VM. It carries on with the clock, vector clock, tick count and draws its
     * log ends with, reconnects to every running peer, and ticks until the run's end.
     */
    @Override
    public void restart(int vm) throws LaunchException {
        synchronized (runLock) {
            VmChild old = children.get(vm);
            if (old.status != VmStatus.CRASHED || !runGoesOn.getAsBoolean()) {
                throw new LaunchException("VM " + vm
                        + " can only be restarted after it crashed, while the run goes on");
            }
            VmChild fresh = new VmChild(vm, true);
            // One VM, one log: the count of lines streamed goes on across its processes (the crash line counts).
            fresh.eventsReceived.set(old.eventsReceived.get());
            children.replace(fresh);
            launch.launch(fresh);
        }
    }
}
