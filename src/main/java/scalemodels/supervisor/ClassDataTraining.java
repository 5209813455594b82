package scalemodels.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import scalemodels.diag.Diagnostics;
import scalemodels.files.FileTrees;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.model.RunSettings;
import scalemodels.wire.LaunchArguments;

/**
 * Makes the VMs' class-data archive the way the JDK records one: a real, short run of two VM processes, the first
 * started with {@code -XX:ArchiveClassesAtExit}, so that the archive holds what a VM really loads from its start to its
 * exit (command line, diagnostics, sockets, ticks, messages, its log), not a guess. The archive is then checked by
 * a JVM that must map it ({@code -Xshare:on}) before it is put where VMs look for it.
 */
final class ClassDataTraining {
    /** Two VMs, 10 seconds of model time at speed 20: sends, receives and internal events in half a second. */
    private static final RunSettings RUN = new RunSettings(2, 1, 1, 6, 10, 20, 0.5);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Path dir;
    private final List<Path> classPath;
    private final List<String> jvmOptions;

    ClassDataTraining(Path dir, List<Path> classPath, List<String> jvmOptions) {
        this.dir = dir;
        this.classPath = classPath;
        this.jvmOptions = jvmOptions;
    }

    /** Makes {@code vm.jsa} in the folder; the reason when it could not. */
    Optional<String> run() throws IOException {
        Path recording = dir.resolve(VmClassData.ARCHIVE + ".recording");
        Files.deleteIfExists(recording);
        Path runs = dir.resolve("training-runs");
        Path followed = Diagnostics.followed();
        List<String> recorder = ChildCommand.jvm(new VmClassData.Launch(VmClassData.with(jvmOptions, List.of(
                "-XX:ArchiveClassesAtExit=" + recording.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off")),
                classPath));
        List<String> plain = ChildCommand.jvm(new VmClassData.Launch(jvmOptions, classPath));
        try (Supervisor supervisor = new Supervisor(RUN, runs, RunListener.NONE,
                new LocalPlacement(null, vm -> vm == 0 ? recorder : plain))) {
            supervisor.start();
            RunOutcome outcome = supervisor.awaitEnd(LIMIT);
            if (outcome == null) {
                return Optional.of("the training run did not end within " + LIMIT.toSeconds() + " s");
            }
        } catch (LaunchException e) {
            return Optional.of("the training run did not start: " + e.getMessage());
        } finally {
            Diagnostics.followAgain(followed);
            FileTrees.delete(runs);
        }
        if (!Files.isRegularFile(recording) || Files.size(recording) == 0) {
            return Optional.of("this Java wrote no archive (a runtime without a base class-data archive cannot)");
        }
        Optional<String> unusable = check(recording);
        if (unusable.isPresent()) {
            Files.deleteIfExists(recording);
            return unusable;
        }
        Files.move(recording, dir.resolve(VmClassData.ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return Optional.empty();
    }

    /** A standby VM that must map the archive ({@code -Xshare:on} fails otherwise) boots, warms up and leaves. */
    private Optional<String> check(Path archive) throws IOException {
        // The same options as VMs will have, and -Xshare:on after them: the JVM fails where it cannot map the archive.
        List<String> command = new ArrayList<>(ChildCommand.jvm(new VmClassData.Launch(VmClassData.with(jvmOptions,
                VmClassData.with(VmClassData.mapping(archive), List.of("-Xshare:on"))), classPath)));
        command.addAll(LaunchArguments.standby());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close(); // no run claims it: it warms up, says so and exits
        String said;
        try (InputStream out = process.getInputStream()) {
            said = new String(out.readNBytes(4096), StandardCharsets.UTF_8).trim();
        }
        try {
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("a VM with the new archive did not exit within " + LIMIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking the archive");
        }
        if (process.exitValue() != 0 || !said.equals(LaunchArguments.WARM)) {
            return Optional.of("a JVM could not use the new archive (exit " + process.exitValue() + "): " + said);
        }
        return Optional.empty();
    }
}
