package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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
    void theBuiltCopyRunsAHeadlessRunWithoutMaven() throws Exception {
        Path out = dir.resolve("scale-models");
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).toList();
        DistCommand.build(classPath, out, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertTrue(Files.isExecutable(out.resolve("bin/scale-models")));
        assertTrue(Files.isExecutable(out.resolve("runtime/bin/java")));
        String modules = new String(new ProcessBuilder(out.resolve("runtime/bin/java").toString(), "--list-modules")
                .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(modules.contains("javafx.controls") && modules.contains("javafx.fxml"), "JavaFX as modules");

        Path bin = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(bin.resolve("dirname"), Path.of("/usr/bin/dirname")); // all the launcher needs
        Path cache = dir.resolve("cache");
        runsHeadless(out.resolve("bin/scale-models"), bin, dir.resolve("logs"), Map.of("XDG_CACHE_HOME",
                cache.toString()));
        try (var archives = Files.list(cache.resolve("scale-models/vm-cds"))) {
            assertTrue(archives.anyMatch(made -> Files.isRegularFile(made.resolve("vm.jsa"))),
                    "the copy's VMs trained their class-data archive under $XDG_CACHE_HOME");
        }
        Path appImage = out.resolve("app-image/scale-models/bin/scale-models");
        if (java.util.spi.ToolProvider.findFirst("jpackage").isPresent()) {
            // The same runtime, copied: its VMs would train the same archive again, which the run above showed.
            runsHeadless(appImage, dir.resolve("empty-path"), dir.resolve("logs-app-image"), Map.of(
                    "XDG_CACHE_HOME", cache.toString(), "JAVA_TOOL_OPTIONS", "-Dscalemodels.vm.cds=off"));
        }
    }

    /** A headless run of real VM processes, started by {@code launcher} with only {@code path} on the PATH. */
    private void runsHeadless(Path launcher, Path path, Path logs, Map<String, String> environment)
            throws Exception {
        ProcessBuilder run = new ProcessBuilder(launcher.toString(), "--headless",
                "--duration", "1", "--speed", "5", "--seed", "3", "--logs", logs.toString())
                .redirectErrorStream(true).directory(dir.toFile());
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
