package scalemodels.supervisor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.Secret;

/**
 * Every VM on this machine, on loopback: a warm standby process when there is one (it gets its arguments on standard
 * input; with the group's secret when its processes are meshed for this run), else a fresh JVM (its output appended to
 * its console file). Either way the secret follows on stdin.
 */
public final class LocalPlacement implements VmPlacement {
    private final StandbyVms standby;
    private final IntFunction<List<String>> jvm;
    private StandbyGroup claimed; // the standby group of the run starting, until its VMs have all started
    private int runVms;
    private final List<String> claims = new ArrayList<>(); // "VM 3 in 4711" for each standby claimed, said at once

    /** @param standby warm processes to claim before starting fresh JVMs; null for none */
    public LocalPlacement(StandbyVms standby) {
        this(standby, true);
    }

    /** @param classData fresh JVMs map the VMs' class-data archive (false: they do without, as a benchmark compares) */
    public LocalPlacement(StandbyVms standby, boolean classData) {
        this(standby, sameForEveryVm(classData ? ChildCommand::jvm
                : () -> ChildCommand.jvm(VmClassData.shared().plain())));
    }

    /** One command for every VM of the run, made once: it looks at the class-data archive's files each time. */
    private static IntFunction<List<String>> sameForEveryVm(Supplier<List<String>> jvm) {
        Supplier<List<String>> once = new Supplier<>() {
            private List<String> made;

            @Override
            public synchronized List<String> get() {
                if (made == null) {
                    made = jvm.get();
                }
                return made;
            }
        };
        return vm -> once.get();
    }

    /** @param jvm each VM's JVM command up to its main class (a test gives one that cannot start) */
    public LocalPlacement(StandbyVms standby, IntFunction<List<String>> jvm) {
        this.standby = standby;
        this.jvm = jvm;
    }

    @Override
    public InetAddress controlAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public synchronized Secret runSecret(int vms) {
        runVms = vms;
        // A group is started with one command for all its processes; each VM's own is checked again as it is taken.
        claimed = standby == null ? null : standby.claim(jvm.apply(0));
        Secret shared = claimed == null ? null : claimed.claim(vms);
        return shared == null ? Secret.generate() : shared;
    }

    @Override
    public synchronized void startsDone() {
        if (!claims.isEmpty()) { // one line, not one per VM: 16 lines were a tenth of a start's time on the way
            Logger.info("launched in standby processes: {}", String.join(", ", claims));
            claims.clear();
        }
        if (claimed != null) {
            List<Process> rest = claimed.takeRest();
            claimed = null;
            if (!rest.isEmpty()) { // in the background: a start does not wait for processes it does not need to exit
                Threads.start("standby-release", () -> StandbyVms.end(rest));
            }
        }
    }

    @Override
    public synchronized Process start(int vm, List<String> arguments, Path console, Secret secret)
            throws IOException {
        List<String> jvm = this.jvm.apply(vm);
        Process warm = claimed == null || !claimed.jvm().equals(jvm) ? null : claimed.take(vm, runVms);
        if (warm != null) {
            try {
                handOver(warm, LaunchArguments.encode(arguments) + secret.hex() + "\n");
                claims.add("VM " + vm + " in " + warm.pid());
                return warm;
            } catch (IOException e) {
                // It died while waiting: start a fresh one instead.
                warm.destroyForcibly();
                Logger.warn("standby process {} was gone; starting a fresh JVM for VM {}", warm.pid(), vm);
            }
        }
        List<String> command = new ArrayList<>(jvm);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
        try {
            handOver(process, secret.hex() + "\n");
        } catch (IOException e) {
            // The JVM died before it read its secret; the caller says how it ended.
            Logger.warn("VM {} (process {}) did not take its secret: {}", vm, process.pid(), e.getMessage());
        }
        Logger.info("launched VM {} as process {}", vm, process.pid());
        return process;
    }

    /** Writes what a VM reads on its standard input, then closes it: the VM reads nothing more from there. */
    static void handOver(Process process, String input) throws IOException {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
