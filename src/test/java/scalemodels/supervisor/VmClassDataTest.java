package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.files.FileTrees;
import scalemodels.launch.RunOutcome;
import scalemodels.model.RunSettings;
import scalemodels.wire.LaunchArguments;

/**
 * The VMs' class-data archive: made by a real training run, mapped by real VM JVMs, made again when the classes
 * change, and never in the way when it cannot be made or used. Each test has its own cache folder.
 */
class VmClassDataTest {
    /** One archive made for the tests that only use it (a training run takes a couple of seconds). */
    @TempDir
    static Path madeOnce;
    private static VmClassData made;
    @TempDir
    Path cache;

    @BeforeAll
    static void makeOne() {
        made = new VmClassData(madeOnce, ChildCommand.vmClassPath(), ChildCommand.options());
        made.prepared();
    }

    @Test
    void anArchiveIsMadeOnceAndAVmMapsItsClassesFromIt() throws Exception {
        VmClassData data = made;
        VmClassData.Launch launch = data.prepared();
        assertTrue(launch.archived(), "an archive is made on first use: " + launch);
        Path archive = data.folder().resolve(VmClassData.ARCHIVE);
        long made = Files.getLastModifiedTime(archive).toMillis();
        assertTrue(launch.classPath().stream().allMatch(p -> p.toString().endsWith(".jar")),
                "a class folder is replaced by a jar of it: " + launch.classPath());

        // -Xshare:on: the JVM fails rather than run without the archive; the VM's main class comes from its top layer.
        List<String> lines = standby(launch, "-Xshare:on", "-Xlog:class+load=info");
        assertTrue(lines.stream().anyMatch(l -> l.contains("scalemodels.vm.VmMain source: shared objects file (top)")),
                String.join("\n", lines.subList(0, Math.min(20, lines.size()))));
        assertTrue(lines.contains(LaunchArguments.WARM));

        assertEquals(launch, data.prepared(), "the second use finds it made");
        assertEquals(made, Files.getLastModifiedTime(archive).toMillis());
    }

    @Test
    void changedClassesMakeANewArchiveAndAVmRunsFromIt(@TempDir Path work) throws Exception {
        Path classes = work.resolve("classes");
        Path built = ChildCommand.vmClassPath().get(0);
        List<Path> classPath = new ArrayList<>(ChildCommand.vmClassPath());
        if (Files.isDirectory(built)) {
            copyTree(built, classes);
        } else {
            Files.createDirectories(classes);
            Files.copy(built, classes.resolve("app.jar"));
        }
        classPath.set(0, Files.isDirectory(built) ? classes : classes.resolve("app.jar"));
        Path before = new VmClassData(cache, classPath, ChildCommand.options()).folder();

        Path changed = Files.isDirectory(built) ? classes.resolve("scalemodels/changed.txt") : classPath.get(0);
        if (Files.isDirectory(built)) {
            Files.writeString(changed, "a new build", StandardCharsets.UTF_8);
        } else {
            Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(12_000));
        }
        VmClassData after = new VmClassData(cache, classPath, ChildCommand.options());
        assertNotEquals(before, after.folder(), "changed classes, another archive");
        VmClassData.Launch launch = after.prepared();
        assertTrue(launch.archived());
        assertTrue(standby(launch, "-Xshare:on").contains(LaunchArguments.WARM));
    }

    @Test
    void aDamagedArchiveIsIgnoredAndARunOfRealVmsGoesOnWithoutIt(@TempDir Path logs) throws Exception {
        // The archive made once, copied into this test's cache and damaged there.
        VmClassData data = new VmClassData(cache, ChildCommand.vmClassPath(), ChildCommand.options());
        copyTree(made.folder(), data.folder());
        Files.write(data.folder().resolve(VmClassData.ARCHIVE), new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        VmClassData.Launch launch = data.prepared();
        assertTrue(launch.archived(), "the file is there: the JVM is left to judge it");

        List<String> lines = standby(launch);
        assertEquals(List.of(LaunchArguments.WARM), lines, "the JVM runs without it and says nothing");

        ToldListener told = new ToldListener();
        try (Supervisor supervisor = new Supervisor(new RunSettings(2, 3, 1, 6, 10, 20, 0.5), logs, told,
                new LocalPlacement(null, vm -> ChildCommand.jvm(launch)))) {
            supervisor.start();
            RunOutcome outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(outcome, "the run ended");
        }
        assertEquals(List.of(), List.copyOf(told.problems));
    }

    @Test
    void whenThisJavaCannotArchiveTheReasonIsKeptAndVmsStartWithoutOne() throws Exception {
        // Without the JDK's base archive (-Xshare:off) a JVM cannot write a dynamic one: as in a runtime without it.
        List<String> options = new ArrayList<>(ChildCommand.options());
        options.add("-Xshare:off");
        VmClassData data = new VmClassData(cache, ChildCommand.vmClassPath(), options);
        // Five archives of older builds: after this attempt, its own folder and the three newest of them are kept.
        for (int age = 1; age <= 5; age++) {
            Path old = Files.createDirectories(cache.resolve("vm-cds").resolve("old-" + age));
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - age * 60_000L));
        }
        VmClassData.Launch launch = data.prepared();
        try (var kept = Files.list(cache.resolve("vm-cds"))) {
            assertEquals(java.util.Set.of(data.folder().getFileName().toString(), "old-1", "old-2", "old-3"),
                    kept.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertFalse(launch.archived());
        assertEquals(ChildCommand.vmClassPath(), launch.classPath());
        String reason = Files.readString(data.folder().resolve("failed.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("did not start") && reason.contains("VM 0"), reason);
        assertEquals(launch, data.prepared(), "not tried again for the same classes");
    }

    /** Starts a standby VM (no run claims it: it warms up, says so and exits) and returns what it printed. */
    private static List<String> standby(VmClassData.Launch launch, String... extra) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(ChildCommand.jvm(launch));
        command.addAll(command.size() - 1, List.of(extra)); // JVM options go before the main class
        command.addAll(LaunchArguments.standby());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getOutputStream().close();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), String.join("\n", lines));
            return lines;
        } finally {
            process.destroyForcibly();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : FileTrees.files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
