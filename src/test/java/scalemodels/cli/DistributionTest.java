package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.AppCommand;
import scalemodels.Main;
import scalemodels.ui.ScaleModelsApp;

/**
 * The self-contained copy ({@code mvn package}, {@code ./run.sh dist}) built from this JVM's class path runs a
 * headless run of real VM processes with nothing but itself: an environment without Maven on the path, without
 * JAVA_HOME, the runtime's own java for the supervisor and the VMs.
 */
@Timeout(300)
class DistributionTest {
    @TempDir
    Path dir;

    @Test
    void theCopyIsBuiltFromTheClassPathAndTheModulePathWhereRunShPutsJavaFx() {
        String sep = File.pathSeparator;
        assertEquals(List.of("app.jar", "picocli.jar", "javafx-base-21-linux.jar", "javafx-controls-21-linux.jar"),
                DistCommand.entries("app.jar" + sep + "picocli.jar",
                        "javafx-base-21-linux.jar" + sep + "javafx-controls-21-linux.jar"));
        assertEquals(List.of("app.jar"), DistCommand.entries("app.jar", null), "no module path: mvn, the tests");
        assertEquals(List.of("app.jar"), DistCommand.entries("app.jar", ""));
    }

    @Test
    void distEmptiesOnlyAFolderItMadeOrAnEmptyOne() throws Exception {
        Path someones = Files.createDirectories(dir.resolve("someones-folder"));
        Files.writeString(someones.resolve("thesis.tex"), "years of work");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(Writer.nullWriter()), new PrintWriter(err), "dist", "--out",
                someones.toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("holds files that dist did not make"), err.toString());
        assertEquals("years of work", Files.readString(someones.resolve("thesis.tex")));
        assertThrows(UsageException.class, () -> DistCommand.requireReplaceable(someones.resolve("thesis.tex")));

        DistCommand.requireReplaceable(dir.resolve("new"));
        DistCommand.requireReplaceable(Files.createDirectories(dir.resolve("empty")));
        Path built = Files.createDirectories(dir.resolve("built-before"));
        Files.writeString(built.resolve(DistCommand.MARK), "");
        Files.writeString(built.resolve("anything"), "");
        DistCommand.requireReplaceable(built);
    }

    @Test
    void debWithoutItsToolsStopsBeforeBuildingAndSaysWhatIsMissing() throws Exception {
        Path out = dir.resolve("not-built");
        ProcessBuilder dist = new ProcessBuilder(AppCommand.of("dist", "--out", out.toString(), "--deb"))
                .redirectErrorStream(true);
        dist.environment().put("PATH", Files.createDirectories(dir.resolve("bare-path")).toString());
        Process process = dist.start();
        try {
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue(), printed);
            assertTrue(printed.contains("a .deb needs dpkg-deb and fakeroot on the PATH"), printed);
            assertFalse(Files.exists(out), "nothing built");
        } finally {
            process.destroyForcibly();
        }
        Path half = Files.createDirectories(dir.resolve("half-path"));
        Files.createSymbolicLink(half.resolve("fakeroot"), Path.of("/bin/true"));
        assertEquals(List.of("dpkg-deb"), DebianPackage.missingTools(half + File.pathSeparator + dir.resolve("none")));
    }

    @Test
    void theBuiltCopyRunsAHeadlessRunWithoutMaven() throws Exception {
        Path out = dir.resolve("scale-models");
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).toList();
        DistCommand.build(classPath, out, new PrintWriter(Writer.nullWriter()));
        assertTrue(Files.isExecutable(out.resolve("bin/scale-models")));
        DistCommand.requireReplaceable(out); // marked: the next build may empty it
        // Built by one user (root, into /opt) for others: every file readable by them (the app's jar was 0600).
        try (var files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).filter(file -> !readableByOthers(file))
                    .toList(), "files other users cannot read");
        }
        assertTrue(refused(out.resolve("bin/scale-models"), Map.of(), "--vms", "1").strip()
                .endsWith("(see " + out.resolve("bin/scale-models") + " --help)"), "the copy's launcher named");
        assertTrue(Files.isExecutable(out.resolve("runtime/bin/java")));
        String modules = new String(new ProcessBuilder(out.resolve("runtime/bin/java").toString(), "--list-modules")
                .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(modules.contains("javafx.controls") && modules.contains("javafx.fxml"), "JavaFX as modules");

        Path bin = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(bin.resolve("dirname"), Path.of("/usr/bin/dirname")); // all the launcher needs
        Path cache = dir.resolve("cache");
        runsHeadless(out.resolve("bin/scale-models"), bin, dir.resolve("logs"), false, Map.of("XDG_CACHE_HOME",
                cache.toString()));
        try (var archives = Files.list(cache.resolve("scale-models/vm-cds"))) {
            assertTrue(archives.anyMatch(made -> Files.isRegularFile(made.resolve("vm.jsa"))),
                    "the copy's VMs trained their class-data archive under $XDG_CACHE_HOME");
        }
        Path appImage = out.resolve("app-image/scale-models/bin/scale-models");
        if (java.util.spi.ToolProvider.findFirst("jpackage").isPresent()) {
            // The same runtime, copied: its VMs would train the same archive again, which the run above showed.
            // Without --logs: installed, it is started from a menu in no particular folder, so run folders go to the
            // user's data folder, not to the folder it happens to start in.
            Path home = Files.createDirectories(dir.resolve("home"));
            runsHeadless(appImage, dir.resolve("empty-path"), home.resolve(".local/share/scale-models/vm_logs"), true,
                    Map.of("HOME", home.toString(), "XDG_CACHE_HOME", cache.toString(),
                            "JAVA_TOOL_OPTIONS", "-Dscalemodels.vm.cds=off"));
            assertFalse(Files.exists(dir.resolve("vm_logs")), "nothing in the folder it started in");
            try (var runs = Files.list(home.resolve(".local/share/scale-models/vm_logs"))) {
                String manifest = Files.readString(runs.findFirst().orElseThrow().resolve("manifest.properties"));
                assertTrue(manifest.contains("rerun=" + appImage + " --headless --seed 3 "), "the rerun line "
                        + "starts the launcher that made the run: " + manifest);
            }
            // A user data folder it cannot make (its HOME a file): one line naming it, how to choose another, and the
            // launcher's own --help, not the project's ./run.sh.
            Path notAFolder = Files.writeString(dir.resolve("home-file"), "");
            String refused = refused(appImage, Map.of("HOME", notAFolder.toString()), "--headless");
            assertTrue(refused.startsWith("error: cannot write run folders to " + notAFolder.resolve(
                    ".local/share/scale-models/vm_logs") + ", the default ("), refused);
            assertTrue(refused.strip().endsWith("name another folder with --logs DIR (see " + appImage + " --help)"),
                    refused);
            // A machine without dpkg-deb or fakeroot cannot make a .deb (.ci/run installs them): dist --deb says so.
            if (DebianPackage.missingTools(System.getenv("PATH")).isEmpty()) {
                packsTheAppImageIntoADeb(out);
            }
        }
    }

    /** The .deb holds the app image under /opt/scale-models and a menu entry that starts its launcher. */
    private void packsTheAppImageIntoADeb(Path out) throws Exception {
        // Not compressed: the package is the same, made in 7 s instead of 27 s (xz, dpkg-deb's default).
        Path deb = DebianPackage.build(DistCommand.appImage(out), dir.resolve("deb"),
                Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"));
        String version = ScaleModelsCommand.VERSION + "-1";
        assertEquals("scale-models_" + version + "_" + said("dpkg", "--print-architecture").strip() + ".deb",
                deb.getFileName().toString());
        assertEquals(List.of("Package: scale-models", "Version: " + version),
                said("dpkg-deb", "--field", deb.toString(), "Package", "Version").lines().toList());
        String contents = said("dpkg-deb", "--contents", deb.toString());
        for (String file : List.of("./opt/scale-models/bin/scale-models", "./opt/scale-models/lib/runtime/bin/java",
                "./opt/scale-models/lib/app/scale-models-classes.jar")) {
            assertTrue(contents.contains(file), file + " in the package:\n" + contents);
        }
        // The menu entry the package installs (its postinst hands it to xdg-desktop-menu).
        Path root = dir.resolve("deb-files");
        said("dpkg-deb", "--extract", deb.toString(), root.toString());
        List<String> entry = Files.readAllLines(root.resolve("opt/scale-models/lib/scale-models-scale-models.desktop"));
        assertTrue(entry.contains("Exec=/opt/scale-models/bin/scale-models"), String.join("\n", entry));
        assertTrue(entry.contains("Categories=Education"), String.join("\n", entry));
        assertTrue(entry.contains("Name=Scale Models"), String.join("\n", entry));
        assertTrue(entry.contains("Icon=/opt/scale-models/lib/scale-models.png"), String.join("\n", entry));
        try (var icon = DistributionTest.class.getResourceAsStream(ScaleModelsApp.ICON)) {
            assertArrayEquals(icon.readAllBytes(),
                    Files.readAllBytes(root.resolve("opt/scale-models/lib/scale-models.png")), "the window's icon");
        }
    }

    private static boolean readableByOthers(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a command prints; it must succeed. */
    private static String said(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
            assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + printed);
            return printed;
        } finally {
            process.destroyForcibly();
        }
    }

    /** What {@code launcher} says on standard error when it refuses {@code args} (exit code 2). */
    private String refused(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder run = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        run.environment().putAll(environment);
        Process process = run.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), said);
        return said;
    }

    /**
     * A headless run of real VM processes, started by {@code launcher} in {@code dir} with only {@code path} on the
     * PATH, its run folder in {@code logs}: given as {@code --logs}, or where the launcher puts it by default.
     */
    private void runsHeadless(Path launcher, Path path, Path logs, boolean byDefault, Map<String, String> environment)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--headless", "--duration", "1",
                "--speed", "5", "--seed", "3"));
        if (!byDefault) {
            command.addAll(List.of("--logs", logs.toString()));
        }
        ProcessBuilder run = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        run.environment().clear();
        run.environment().put("PATH", path.toString()); // no mvn, no java on the path
        run.environment().putAll(environment);
        Process process = run.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), launcher + ":\n" + printed);
        assertTrue(printed.contains("Rule check: 0 violations"), printed);
        assertFalse(printed.contains("Unsupported JavaFX"), printed);
        try (var runs = Files.list(logs)) {
            Path folder = runs.findFirst().orElseThrow();
            assertTrue(Files.size(folder.resolve("vm_2.log")) > 0, "the VM processes ran from " + launcher);
        }
    }
}
