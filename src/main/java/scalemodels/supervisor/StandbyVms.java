package scalemodels.supervisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.tinylog.Logger;

import scalemodels.diag.Diagnostics;

import scalemodels.wire.LaunchArguments;

/**
 * Warm VM processes kept ready between runs, so that Start does not wait for JVMs to boot (most of a run's start
 * time otherwise). Each is a VM JVM started with only {@code --standby}: booted, its classes loaded, waiting on
 * standard input for a run to claim it ({@link ChildLauncher}). Unclaimed ones exit by themselves when this process
 * ends (their standard input closes) and are ended by id on {@link #close()}.
 *
 * <p>A standby is only handed out to a launch with the very same JVM command (java, options, class path), so a
 * changed setting such as {@code scalemodels.vm.java} never gets a stale process.
 */
public final class StandbyVms implements AutoCloseable {
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private final Deque<Standby> ready = new ArrayDeque<>();
    private final List<String> standbyArguments;
    private boolean closed;

    /** The window's pool: its processes warm up their peer channels too, for a quick Start of many VMs. */
    public StandbyVms() {
        this(true);
    }

    /**
     * @param peerWarmUp whether the processes warm up their peer channels too: a quicker Start of many VMs, for about
     *                   twice the CPU per process ({@link LaunchArguments#WITHOUT_PEER_WARM_UP})
     */
    public StandbyVms(boolean peerWarmUp) {
        this.standbyArguments = LaunchArguments.standby(peerWarmUp);
        // Standbys killed with the app (a power cut, kill -9) could not delete their temporary diagnostics.
        Diagnostics.deleteStandbyLeftovers();
    }

    private record Standby(Process process, List<String> jvm, CountDownLatch warm) {
    }

    /**
     * Makes sure exactly {@code count} live standby processes are ready: starts the missing ones (which then boot in
     * the background) and lets surplus ones go (after a run of many VMs, a smaller one would keep idle JVMs around).
     * Call it when the machine is otherwise idle: between runs, not during one.
     */
    public synchronized void fill(int count) {
        ready.removeIf(s -> !s.process.isAlive());
        List<Process> surplus = new ArrayList<>();
        while (ready.size() > count) {
            surplus.add(ready.pollLast().process);
        }
        end(surplus);
        List<String> jvm = ChildCommand.jvm();
        while (!closed && ready.size() < count) {
            List<String> command = new ArrayList<>(jvm);
            command.addAll(standbyArguments);
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                CountDownLatch warm = new CountDownLatch(1);
                drain(process, warm);
                ready.add(new Standby(process, jvm, warm));
                Logger.debug("standby VM process {} started", process.pid());
            } catch (IOException e) {
                // Runs then launch fresh JVMs and say what is wrong if those fail too.
                Logger.warn("cannot start a standby VM process: {}", ChildLauncher.describe(e));
                return;
            }
        }
    }

    /**
     * Waits until every standby process has booted and warmed up (it says so on its output).
     *
     * @return whether they all did within {@code timeout}
     */
    public boolean awaitWarm(Duration timeout) throws InterruptedException {
        List<Standby> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(ready);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Standby s : waiting) {
            if (!s.warm.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads what the process prints: its "warm" line, then anything its JVM says before a run claims it (after that,
     * the VM writes to its run's console file), into the diagnostics.
     */
    private static void drain(Process process, CountDownLatch warm) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(LaunchArguments.WARM)) {
                        warm.countDown();
                    } else {
                        Logger.info("standby process {}: {}", process.pid(), line);
                    }
                }
            } catch (IOException e) {
                // the process is gone; nothing more to read
            } finally {
                warm.countDown();
            }
        }, "standby-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Live standby processes ready to be claimed. */
    public synchronized int size() {
        ready.removeIf(s -> !s.process.isAlive());
        return ready.size();
    }

    /** Process ids of the standby processes (for tests and diagnostics). */
    public synchronized List<Long> pids() {
        return ready.stream().map(s -> s.process.pid()).toList();
    }

    /** A live standby started with exactly {@code jvm}, no longer owned by this pool; null when there is none. */
    synchronized Process take(List<String> jvm) {
        while (!ready.isEmpty()) {
            Standby s = ready.poll();
            if (s.process.isAlive() && s.jvm.equals(jvm)) {
                return s.process;
            }
            end(List.of(s.process));
        }
        return null;
    }

    /** Ends every unclaimed standby process by its id. */
    @Override
    public void close() {
        List<Standby> leaving;
        synchronized (this) {
            closed = true;
            leaving = new ArrayList<>(ready);
            ready.clear();
        }
        end(leaving.stream().map(Standby::process).toList());
    }

    /**
     * Ends processes the way they leave by themselves, all at once (a window closing with 16 standby processes does
     * not wait 16 grace periods): their inputs closed, then one grace period for all, then by force.
     */
    private static void end(List<Process> processes) {
        List<Process> asked = new ArrayList<>();
        for (Process process : processes) {
            try {
                process.getOutputStream().close(); // a standby leaves on its own when its input ends
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
