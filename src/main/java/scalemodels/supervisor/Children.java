package scalemodels.supervisor;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

import org.tinylog.Logger;

import scalemodels.model.VmStatus;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LineConnection;
import scalemodels.wire.ToVm;

/**
 * The current process of each VM, shared by the supervisor's start-up, reader, watcher and fault threads. A restart
 * swaps one entry atomically; readers see either process, never a half-made one.
 */
final class Children {
    private final AtomicReferenceArray<VmChild> byVm;

    Children(int vms) {
        byVm = new AtomicReferenceArray<>(vms);
        for (int vm = 0; vm < vms; vm++) {
            byVm.set(vm, new VmChild(vm, false));
        }
    }

    int count() {
        return byVm.length();
    }

    /** @throws IllegalArgumentException for an id that is no VM of this run */
    VmChild get(int vm) {
        if (vm < 0 || vm >= byVm.length()) {
            throw new IllegalArgumentException("no VM " + vm);
        }
        return byVm.get(vm);
    }

    void replace(VmChild fresh) {
        byVm.set(fresh.id, fresh);
    }

    boolean isCurrent(VmChild child) {
        return byVm.get(child.id) == child;
    }

    VmChild[] snapshot() {
        return IntStream.range(0, byVm.length()).mapToObj(byVm::get).toArray(VmChild[]::new);
    }

    /** Sends to VM {@code vm} if it is connected; a failure is logged (its watcher reports the VM's end). */
    void send(int vm, ToVm message) {
        send(get(vm), message);
    }

    void broadcast(ToVm message) {
        for (VmChild child : snapshot()) {
            send(child, message);
        }
    }

    private static void send(VmChild child, ToVm message) {
        LineConnection connection = child.control;
        if (connection == null) {
            return;
        }
        try {
            connection.send(ControlCodec.encode(message));
        } catch (IOException e) {
            Logger.warn("could not send {} to VM {}: {}", message, child.id, e.getMessage());
        }
    }

    void killAll() {
        for (VmChild child : snapshot()) {
            if (child.alive()) {
                Logger.warn("destroying VM {} (process {})", child.id, child.process.pid());
                child.process.destroyForcibly();
            }
        }
    }

    /** Waits, within bounds, for every process to be gone: one that will not die is killed, not waited on forever. */
    void awaitExits(java.time.Duration each) {
        for (VmChild child : snapshot()) {
            Process process = child.process;
            if (process == null) {
                continue;
            }
            try {
                process.onExit().get(each.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                Logger.warn("VM {} (process {}) did not exit within {} s; killing it", child.id, process.pid(),
                        each.toSeconds());
                process.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                Logger.warn(e, "waiting for VM {}'s process", child.id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean allFinal() {
        for (VmChild child : snapshot()) {
            if (!child.status.isFinal()) {
                return false;
            }
        }
        return true;
    }

    /** Each VM's peer port (0 where it is down). */
    int[] peerPorts() {
        return IntStream.range(0, byVm.length())
                .map(vm -> byVm.get(vm).status == VmStatus.CRASHED ? 0 : byVm.get(vm).peerPort).toArray();
    }

    int[] rates() {
        return IntStream.range(0, byVm.length()).map(vm -> byVm.get(vm).rate).toArray();
    }

    long[] pids() {
        return IntStream.range(0, byVm.length()).mapToLong(vm -> {
            Process process = byVm.get(vm).process;
            return process == null ? -1 : process.pid();
        }).toArray();
    }
}
