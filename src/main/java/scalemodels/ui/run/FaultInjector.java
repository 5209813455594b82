package scalemodels.ui.run;

import java.util.function.Consumer;
import java.util.function.Supplier;

import scalemodels.event.FaultKind;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;

/** The window's fault commands on the run in progress, each saying in the status line what it did. */
public final class FaultInjector {
    private final Supplier<FaultControls> live;
    private final RunSession session;
    private final scalemodels.concurrent.TaskRunner tasks;

    /**
     * @param live    the faults of the run in progress, or null when no run can take faults
     * @param session where the status line is and background work reports back to the FX thread
     */
    FaultInjector(Supplier<FaultControls> live, RunSession session, scalemodels.concurrent.TaskRunner tasks) {
        this.live = live;
        this.session = session;
        this.tasks = tasks;
    }

    public void pauseVm(int vm) {
        inject("Paused VM " + vm + ": its clock stops, messages pile up in its queue", s -> s.pause(vm));
    }

    public void resumeVm(int vm) {
        inject("Resumed VM " + vm, s -> s.resume(vm));
    }

    public void crashVm(int vm) {
        inject("Killed the process of VM " + vm, s -> s.crash(vm));
    }

    /** Starts a new process for a crashed VM, off the FX thread (it launches a JVM). */
    public void restartVm(int vm) {
        FaultControls current = live.get();
        if (current == null) {
            return;
        }
        session.say("Restarting VM " + vm + "...");
        tasks.run("vm-restarter", () -> {
            try {
                current.restart(vm);
                session.tasks().complete(() -> session.say("Restarted VM " + vm
                        + ": it carries on with the clock it had"));
            } catch (LaunchException | RuntimeException e) {
                session.tasks().complete(() -> session.say("Cannot restart VM " + vm + ": " + e.getMessage()));
            }
        });
    }

    /**
     * A fault on the channel from VM {@code from} to VM {@code to}.
     *
     * @param kind drop, delay or clear
     */
    public void channelFault(int from, int to, FaultKind kind, long delayMillis, long forMillis) {
        String what = switch (kind) {
            case DROP -> "Dropping";
            case DELAY -> "Delaying by " + delayMillis + " ms";
            case CLEAR -> "Cleared faults on";
        };
        inject(what + " messages from VM " + from + " to VM " + to
                + (forMillis > 0 && kind != FaultKind.CLEAR ? " for " + forMillis / 1000.0 + " s" : ""),
                s -> s.fault(from, to, kind, delayMillis, forMillis));
    }

    private void inject(String done, Consumer<FaultControls> action) {
        FaultControls current = live.get();
        if (current == null) {
            session.say("Faults can be injected only while a run goes on in VM processes.");
            return;
        }
        try {
            action.accept(current);
            session.say(done + ".");
        } catch (RuntimeException e) {
            session.say("Could not inject the fault: " + e.getMessage());
        }
    }
}
