package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.AppCommand;
import scalemodels.wire.LaunchArguments;

/**
 * Diagnostics never look at the folder a process was started from. tinylog's rolling file writer did, with the
 * dynamic path we gave it: it listed every file under the working directory, recursively, before its first line
 * (2 s more for a headless run started from a home folder, out of memory from {@code /}). Here the working directory
 * holds two links to itself: a walk through it branches at every level and does not end (that writer, tried: still
 * walking after 20 s), while nothing outside the test's folder is ever reached.
 */
@Timeout(120)
class WorkingDirectoryTest {
    @TempDir
    Path dir;

    /** A working directory whose walk never ends: {@code a} and {@code b} both lead back into it. */
    private Path endlessWorkingDirectory() throws IOException {
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Files.createSymbolicLink(cwd.resolve("a"), Path.of("."));
        Files.createSymbolicLink(cwd.resolve("b"), Path.of("."));
        return cwd;
    }

    @Test
    void aHeadlessRunStartedInADirectoryWithoutEndRunsAndWritesItsDiagnosticsIntoItsRun() throws Exception {
        Path logs = dir.resolve("logs");
        Path output = dir.resolve("output.txt");
        Process run = new ProcessBuilder(AppCommand.of("--headless", "--vms", "2", "--duration", "0.5", "--speed", "5",
                "--seed", "4", "--logs", logs.toString()))
                .directory(endlessWorkingDirectory().toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            run.getOutputStream().close();
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ended");
            String said = Files.readString(output);
            assertEquals(0, run.exitValue(), said);
            assertTrue(!said.contains("LOGGER"), "tinylog said nothing of its own: " + said);
            Path folder;
            try (var runs = Files.list(logs)) {
                folder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            assertTrue(Files.readString(folder.resolve("supervisor.diag.log")).contains("Supervisor: run "),
                    "the supervisor's diagnostics follow the run into its folder");
        } finally {
            run.destroyForcibly();
        }
    }

    @Test
    void aStandbyVmStartedInADirectoryWithoutEndWarmsUp() throws Exception {
        List<String> command = new ArrayList<>(ChildCommand.jvm());
        command.addAll(LaunchArguments.standby());
        Process standby = new ProcessBuilder(command).directory(endlessWorkingDirectory().toFile())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(standby.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            // Its diagnostics are set up before it says it is warm; a standby that never says so fails here.
            assertEquals(LaunchArguments.WARM, assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine),
                    "the standby's first words");
            standby.getOutputStream().close(); // no run claims it: it leaves
            assertTrue(standby.waitFor(30, TimeUnit.SECONDS), "the standby left when its input ended");
        } finally {
            // The process first: a read still waiting on its output holds the reader's lock until the output ends.
            standby.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            out.close();
        }
    }
}
