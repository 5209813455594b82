package scalemodels.supervisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.MeshStaging;
import scalemodels.wire.Secret;

/**
 * The warm standby VM processes for the next run, one per VM id of a run of that many VMs, meshed among themselves
 * before a run claims them ({@link MeshStaging}): each boots and warms up, opens its peer listener, then connects to
 * every other member. A run of as many VMs with the same JVM command takes the whole group with its secret and finds
 * its peer channels open at Start; a run of another size takes members one by one as warm processes, which drop
 * the channels they opened. Staging stops the moment a run claims the group.
 */
final class StandbyGroup {
    /** Booting and warming up 16 JVMs on 2 cores takes seconds; meshing them well under one. */
    private static final Duration STAGE_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> jvm;
    private final Secret secret = Secret.generate();
    private final List<Member> members = new ArrayList<>();
    private final CountDownLatch staged = new CountDownLatch(1);
    private volatile boolean meshed;
    private boolean claimed; // guarded by this: no staging line is written once a run has the group
    private final int vms;

    /** One process, VM id {@code vm} of the group, what it has said so far, and whether a run took it. */
    private static final class Member {
        final int vm;
        final Process process;
        final CountDownLatch warm = new CountDownLatch(1);
        final CompletableFuture<Integer> port = new CompletableFuture<>();
        final CompletableFuture<Boolean> meshed = new CompletableFuture<>();
        boolean taken; // guarded by the group

        Member(int vm, Process process) {
            this.vm = vm;
            this.process = process;
        }
    }

    private StandbyGroup(int vms, List<String> jvm) {
        this.vms = vms;
        this.jvm = jvm;
    }

    /**
     * Starts {@code vms} standby processes with this JVM command and, on a thread of its own, meshes them once they
     * are warm. A process that cannot start leaves a smaller group (not meshed; its members still serve as warm ones).
     */
    static StandbyGroup start(int vms, List<String> jvm) {
        StandbyGroup group = new StandbyGroup(vms, jvm);
        List<String> command = new ArrayList<>(jvm);
        command.addAll(LaunchArguments.standby());
        for (int vm = 0; vm < vms; vm++) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                Member member = new Member(vm, process);
                group.members.add(member);
                drain(member);
                Logger.debug("standby VM process {} started for VM {} of {}", process.pid(), vm, vms);
            } catch (IOException e) {
                // Runs then launch fresh JVMs and say what is wrong if those fail too.
                Logger.warn("cannot start a standby VM process: {}", ChildLauncher.describe(e));
                break;
            }
        }
        Threads.start("standby-mesh", group::stage);
        return group;
    }

    List<String> jvm() {
        return jvm;
    }

    /** The number of VMs this group was started for. */
    int vms() {
        return vms;
    }

    /** Whether the members warmed up and meshed (false while they still do, or when they could not). */
    boolean meshed() {
        return meshed;
    }

    /** Waits until the members have warmed up and meshed, or given up; false when {@code timeout} passed first. */
    boolean awaitStaged(Duration timeout) throws InterruptedException {
        return staged.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Warms up, then meshes: join, the ports, then every member's peers; gives up at the first member that fails. */
    private void stage() {
        long deadline = System.nanoTime() + STAGE_TIMEOUT.toNanos();
        try {
            if (members.size() < 2 || members.size() < vms) {
                return;
            }
            for (Member member : members) {
                if (!member.warm.await(left(deadline), TimeUnit.NANOSECONDS) || !member.process.isAlive()) {
                    return;
                }
            }
            if (!tell(member -> MeshStaging.join(new MeshStaging.Join(member.vm, vms, secret)))) {
                return;
            }
            int[] ports = new int[vms];
            for (Member member : members) {
                ports[member.vm] = member.port.get(left(deadline), TimeUnit.NANOSECONDS);
                if (ports[member.vm] <= 0) {
                    return;
                }
            }
            if (!tell(member -> MeshStaging.peers(ports))) {
                return;
            }
            for (Member member : members) {
                if (!member.meshed.get(left(deadline), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
            meshed = true;
            Logger.info("{} standby VM processes meshed", vms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            Logger.info("standby VM processes not meshed: {}", ChildLauncher.describe(e));
        } finally {
            staged.countDown();
        }
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** Writes each member its line, unless a run has claimed the group; false when it has or a member is gone. */
    private synchronized boolean tell(Function<Member, String> lineOf) {
        if (claimed) {
            return false;
        }
        try {
            for (Member member : members) {
                OutputStream in = member.process.getOutputStream();
                in.write((lineOf.apply(member) + "\n").getBytes(StandardCharsets.US_ASCII));
                in.flush();
            }
            return true;
        } catch (IOException e) {
            Logger.info("a standby VM process left before it was meshed: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Reads what the process prints until a run claims it: its warm line and the staging's answers, and anything its
     * JVM says, into the diagnostics. After a claim the VM writes to its run's console file.
     */
    private static void drain(Member member) {
        Process process = member.process;
        Threads.start("standby-" + process.pid(), () -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int port = MeshStaging.readListening(line);
                    if (line.equals(LaunchArguments.WARM)) {
                        member.warm.countDown();
                    } else if (port > 0) {
                        member.port.complete(port);
                    } else if (MeshStaging.isMeshed(line)) {
                        member.meshed.complete(true);
                    } else if (MeshStaging.isUnmeshed(line)) {
                        Logger.info("standby process {}: {}", process.pid(), line);
                        member.port.complete(-1);
                        member.meshed.complete(false);
                    } else {
                        Logger.info("standby process {}: {}", process.pid(), line);
                    }
                }
            } catch (IOException e) {
                // the process is gone; nothing more to read
            } finally {
                member.warm.countDown();
                member.port.complete(-1);
                member.meshed.complete(false);
            }
        });
    }

    /**
     * Hands the group to a run of {@code vms} VMs: no staging line is written after this.
     *
     * @return the secret the run must use to find the members' channels open (null: any, the group does not fit)
     */
    synchronized Secret claim(int vms) {
        claimed = true;
        return vms == this.vms && members.size() == vms ? secret : null;
    }

    /**
     * The live member for VM {@code vm} of the claiming run: its own one when the group was made for that run's size,
     * else any not yet taken; null when there is none (it died, or all are taken).
     */
    synchronized Process take(int vm, int runVms) {
        for (Member member : members) {
            if ((runVms != vms || member.vm == vm) && !member.taken) {
                member.taken = true;
                if (member.process.isAlive()) {
                    return member.process;
                }
            }
        }
        return null;
    }

    /** Live members not taken by a run. */
    synchronized List<Process> untaken() {
        return members.stream().filter(m -> !m.taken && m.process.isAlive()).map(m -> m.process).toList();
    }

    /** Marks every member taken and returns the processes that were not, for the caller to end; staging stops. */
    synchronized List<Process> takeRest() {
        claimed = true;
        List<Process> rest = new ArrayList<>();
        for (Member member : members) {
            if (!member.taken) {
                member.taken = true;
                rest.add(member.process);
            }
        }
        return rest;
    }
}
