package scalemodels.supervisor;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import scalemodels.model.RunSettings;
import scalemodels.wire.VmProcess;

/**
 * The command line of one VM process: this JVM's own {@code java}, this JVM's class path and the VM's main class
 * ({@link VmProcess#MAIN_CLASS}), then the VM's arguments (or {@code --standby} for a warm process that gets them later
 * on its standard input). Nothing secret goes here: the run secret is written to the child's standard input.
 */
final class ChildCommand {
    private static final Path NICE = Path.of("/usr/bin/nice");
    static final int NICENESS = 8;

    private ChildCommand() {
    }

    /** The JVM and its options, up to and including the main class: what a standby process must have been given. */
    static List<String> jvm() {
        List<String> command = new ArrayList<>();
        // Below the window: when the VMs keep every core busy (fast runs, many VMs), the window still gets the CPU to
        // draw and to take in their events. On an idle machine it changes nothing. 8 is the balance measured with
        // 16 VMs on 2 cores (docs/benchmarks.md): 5 left the window at 15 frames/s, 10 slowed the VMs by a tenth.
        if (Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(NICENESS)));
        }
        // scalemodels.vm.java replaces the java command (tests use it to make a child fail to start).
        command.add(System.getProperty("scalemodels.vm.java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // Small, quick-starting JVMs: a VM holds a few queues and sockets.
        command.add("-Xms16m");
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(vmClassPath());
        command.add(VmProcess.MAIN_CLASS);
        return command;
    }

    /**
     * The VM process's class path: only where its own classes, picocli and tinylog (API and implementation) come
     * from. JavaFX, JFreeChart and Gson are the app's (Monocle and JMH only the tests' and benchmarks'); a VM never
     * loads them, so they stay off its path.
     * Falls back to this JVM's whole class path where a location cannot be told (a class from the boot layer).
     */
    static String vmClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> used : List.of(VmProcess.class, picocli.CommandLine.class, org.tinylog.Logger.class,
                org.tinylog.path.DynamicSegment.class)) {
            var source = used.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return System.getProperty("java.class.path");
            }
            try {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return System.getProperty("java.class.path");
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The VM's own arguments, after the main class.
     *
     * @param restart the VM carries on from its own log (a crashed VM's new process)
     */
    static List<String> arguments(int id, RunSettings settings, int controlPort, Path runDir, boolean restart) {
        List<String> arguments = new ArrayList<>(List.of(
                "--id", Integer.toString(id),
                "--vms", Integer.toString(settings.vms()),
                "--seed", Long.toString(settings.seed()),
                "--rate-min", Integer.toString(settings.rateMin()),
                "--rate-max", Integer.toString(settings.rateMax()),
                "--max-value", Integer.toString(settings.maxValue()),
                "--speed", RunSettings.plain(settings.speed()),
                "--duration", RunSettings.plain(settings.durationSeconds()),
                "--control-port", Integer.toString(controlPort),
                "--run-dir", runDir.toAbsolutePath().toString()));
        if (restart) {
            arguments.add("--restart");
        }
        if (!settings.clockSkew().none()) {
            arguments.addAll(List.of("--clock-skew", settings.clockSkew().toString()));
        }
        if (!settings.rates().none()) {
            arguments.addAll(List.of("--rates", settings.rates().toString()));
        }
        return arguments;
    }
}
