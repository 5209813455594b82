package scalemodels.supervisor;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import scalemodels.diag.Diagnostics;
import scalemodels.wire.MeshStaging;

/**
 * Warm VM processes kept ready between runs, so that Start does not wait for JVMs to boot (most of a run's start
 * time otherwise) nor, with many VMs, for their peer channels: one {@link StandbyGroup} of as many processes as the
 * next run has VMs, each a VM JVM started with only {@code --standby}, booted, its classes loaded, meshed with the
 * others and waiting on standard input for a run to claim it ({@link ChildLauncher}). Unclaimed ones exit by
 * themselves when this process ends (their standard input closes) and are ended by id on {@link #close()}.
 *
 * <p>A group is only handed out to a launch with the very same JVM command (java, options, class path), so a changed
 * setting such as {@code scalemodels.vm.java} never gets a stale process.
 */
public final class StandbyVms implements AutoCloseable {
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private StandbyGroup group;
    private boolean closed;

    public StandbyVms() {
        // Standbys killed with the app (a power cut, kill -9) could not delete their temporary diagnostics.
        Diagnostics.deleteStandbyLeftovers();
    }

    /**
     * Makes sure a group of exactly {@code count} live standby processes is ready: keeps the one there is when it fits,
     * else lets it go and starts a new one (which then boots and meshes in the background). Call it when the machine
     * is otherwise idle: between runs, not during one.
     */
    public void fill(int count) {
        List<String> jvm = ChildCommand.jvm();
        StandbyGroup leaving;
        synchronized (this) {
            if (closed || group != null && group.vms() == count && group.jvm().equals(jvm)
                    && group.untaken().size() == count) {
                return;
            }
            leaving = group;
            group = count > 0 ? StandbyGroup.start(count, jvm) : null;
        }
        if (leaving != null) {
            end(leaving.takeRest());
        }
    }

    /**
     * Waits until every standby process has booted, warmed up and meshed with the others (or could not).
     *
     * @return whether they all did within {@code timeout}
     */
    public boolean awaitWarm(Duration timeout) throws InterruptedException {
        StandbyGroup waiting;
        synchronized (this) {
            waiting = group;
        }
        return waiting == null || waiting.awaitStaged(timeout);
    }

    /** Whether the processes ready now are meshed with each other, for a run of {@code vms} VMs. */
    public synchronized boolean meshedFor(int vms) {
        return group != null && group.meshed() && group.vms() == vms;
    }

    /** Live standby processes ready to be claimed. */
    public synchronized int size() {
        return group == null ? 0 : group.untaken().size();
    }

    /** Process ids of the standby processes (for tests and diagnostics). */
    public synchronized List<Long> pids() {
        return group == null ? List.of() : group.untaken().stream().map(Process::pid).toList();
    }

    /**
     * The group, no longer owned by this pool, for a run of {@code vms} VMs started with exactly {@code jvm}; null when
     * there is none (a group started with another command is ended).
     */
    StandbyGroup claim(List<String> jvm) {
        StandbyGroup claimed;
        synchronized (this) {
            claimed = group;
            group = null;
        }
        if (claimed != null && !claimed.jvm().equals(jvm)) {
            end(claimed.takeRest());
            return null;
        }
        return claimed;
    }

    /** Ends every unclaimed standby process by its id. */
    @Override
    public void close() {
        StandbyGroup leaving;
        synchronized (this) {
            closed = true;
            leaving = group;
            group = null;
        }
        if (leaving != null) {
            end(leaving.takeRest());
        }
    }

    /**
     * Ends processes the way they leave by themselves, all at once (a window closing with 16 standby processes does
     * not wait 16 grace periods): their inputs closed, then one grace period for all, then by force.
     */
    static void end(List<Process> processes) {
        List<Process> asked = new ArrayList<>();
        for (Process process : processes) {
            try {
                // A standby leaves on its own when told so or when its input ends; "leave" also reaches one that waits
                // for members to connect, which does not read its input meanwhile but sees a line waiting.
                LocalPlacement.handOver(process, MeshStaging.leave() + "\n");
                asked.add(process);
            } catch (IOException e) {
                endForcibly(process);
            }
        }
        long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
        for (Process process : asked) {
            try {
                if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    endForcibly(process);
                }
            } catch (InterruptedException e) {
                endForcibly(process);
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ended by force, a standby cannot delete its temporary diagnostics: they go here. */
    private static void endForcibly(Process process) {
        process.destroyForcibly();
        try {
            process.onExit().get(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the file stays until the next pool sweeps it
        }
        Diagnostics.deleteStandbyFileOf(process.pid());
    }
}
