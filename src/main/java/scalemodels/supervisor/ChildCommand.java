package scalemodels.supervisor;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import scalemodels.wire.VmProcess;

/**
 * The command line of one VM process: this JVM's own {@code java}, the VM's class path and main class
 * ({@link VmProcess#MAIN_CLASS}), then the VM's arguments (or {@code --standby} for a warm process that gets them later
 * on its standard input). Nothing secret goes here: the run secret is written to the child's standard input.
 */
final class ChildCommand {
    private static final Path NICE = Path.of("/usr/bin/nice");
    static final int NICENESS = 8;

    private ChildCommand() {
    }

    /**
     * The JVM and its options, up to and including the main class: what a standby process must have been given. With
     * the VMs' class-data archive, made first if this build has none yet (see {@link VmClassData#prepared()}).
     */
    static List<String> jvm() {
        return jvm(VmClassData.shared().prepared());
    }

    /** As {@link #jvm()}, with these JVM options and class path entries (the class-data archive's, or without). */
    static List<String> jvm(VmClassData.Launch launch) {
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
        command.addAll(launch.options());
        command.add("-cp");
        command.add(launch.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(VmProcess.MAIN_CLASS);
        return command;
    }

    /** Small, quick-starting JVMs: a VM holds a few queues and sockets. */
    static List<String> options() {
        return List.of("-Xms16m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    /**
     * The VM process's class path: only where its own classes and tinylog (API and implementation) come from.
     * JavaFX, JFreeChart and Gson are the app's (Monocle and JMH only the tests' and benchmarks'); a VM never
     * loads them, so they stay off its path.
     * Falls back to this JVM's whole class path where a location cannot be told (a class from the boot layer).
     */
    static List<Path> vmClassPath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> used : List.of(VmProcess.class, org.tinylog.Logger.class,
                org.tinylog.writers.Writer.class)) {
            var source = used.getProtectionDomain().getCodeSource();
            try {
                if (source == null || source.getLocation() == null) {
                    return wholeClassPath();
                }
                entries.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return wholeClassPath();
            }
        }
        return List.copyOf(entries);
    }

    private static List<Path> wholeClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
