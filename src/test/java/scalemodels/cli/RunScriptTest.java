package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./run.sh} as a newcomer runs it, on a project it has already built (so no Maven runs inside the test): it
 * starts the app with JavaFX's platform jars as modules and the rest on the class path. A wrong split (a JavaFX
 * module missing, tried: "Module javafx.fxml not found") fails the JVM's start, so a headless run that ends well shows
 * the split resolves. The window itself was tried by hand under Xvfb: no "Unsupported JavaFX configuration" warning
 * (README).
 */
@Timeout(120)
class RunScriptTest {
    @TempDir
    Path project;

    /** A copy of the project as run.sh sees it once built: its script, sources older than the build stamp, target. */
    private Path builtProject() throws IOException {
        Path home = Path.of(System.getProperty("user.dir"));
        Path script = Files.copy(home.resolve("run.sh"), project.resolve("run.sh"));
        assertTrue(script.toFile().setExecutable(true));
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path target = Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(target.resolve("classes"), home.resolve("target/classes"));
        // Written by the build (generate-resources) for run.sh: the app's runtime class path, JavaFX's jars among it.
        Files.copy(home.resolve("target/runtime-classpath.txt"), target.resolve("runtime-classpath.txt"));
        Instant past = Instant.now().minusSeconds(3600);
        for (Path older : List.of(project.resolve("src/main"), project.resolve("pom.xml"))) {
            Files.setLastModifiedTime(older, FileTime.from(past));
        }
        Files.writeString(target.resolve(".run-sh-build"), "");
        return script;
    }

    @Test
    void runShStartsTheAppWithJavaFxAsModulesAndAHeadlessRunEndsWell() throws Exception {
        Path script = builtProject();
        Path output = project.resolve("output.txt");
        Process run = new ProcessBuilder(script.toString(), "--headless", "--vms", "2", "--duration", "0.5",
                "--speed", "5", "--seed", "8", "--logs", project.resolve("logs").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            run.getOutputStream().close();
            assertTrue(run.waitFor(90, TimeUnit.SECONDS), "the run ended");
            String said = Files.readString(output);
            assertEquals(0, run.exitValue(), said);
            assertFalse(said.contains("Building"), "run.sh did not build an already built project: " + said);
            assertTrue(said.contains("Rule check: 0 violations"), said);
        } finally {
            run.destroyForcibly();
        }
    }
}
