package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import scalemodels.AppCommand;
import scalemodels.Main;

@Timeout(120)
class CommandLineTest {
    @TempDir
    Path logs;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The command line as ./run.sh runs it, its output captured. */
    private int execute(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--vms 1|error: --vms must be between 2 and 16, got 1",
        "--vms 17|error: --vms must be between 2 and 16, got 17",
        "--rate-min 5 --rate-max 2|error: --rate-min must not be greater than the highest rate (5 > 2)",
        "--seed abc|error: Invalid value for option '--seed': 'abc' is not a whole number in ASCII digits",
        "--vms ３|error: Invalid value for option '--vms': '３' is not a whole number in ASCII digits",
        "--speed ٣|error: Invalid value for option '--speed': '٣' is not a number in ASCII digits",
        "--duration -0|error: --duration must be between 0 (until stopped) and 604800 seconds, got -0",
        "--duration 1e-300|error: --duration must be 0 (until stopped) or at least 0.001 seconds, got 1.0E-300",
        "--duration -1|error: --duration must be between 0 (until stopped) and 604800 seconds, got -1",
        "--speed 0|error: --speed must be between 0.01 and 10000, got 0",
        "--max-value 0|error: --max-value must be between 1 and 1000, got 0",
        "--bogus|error: Unknown option: '--bogus'",
        "--clock-skew 1:+250|error: --clock-skew \"1:+250\" is not VM:AMOUNT with AMOUNT in us, ms, s or ppm",
        "--clock-skew 5:+1ms|error: --clock-skew names VM 5, but the VMs are 0..2",
        "--clock-skew 1:+2h|error: --clock-skew \"1:+2h\" is not VM:AMOUNT",
        "--clock-skew 1:+500ppm,1:-3ppm|error: --clock-skew \"1:-3ppm\": VM 1 has a drift already",
        "--vms 16 --speed 10000 --duration 60|error: this run would write about ",
        "--max-log-size lots|error: --max-log-size 'lots' is not a size such as 500M, 2G or 1.5G",
        "--rates 1,3|error: --rates lists 2 rates for 3 VMs: give one per VM",
        "--rates 1,3,1001|error: --rates must list rates between 1 and 1000 ticks per second, got 1001 for VM 2",
        "--rates 1,x,3|error: --rates \"1,x,3\" is not a list of whole numbers such as 1,3,6 (one rate per VM)",
    })
    void aBadFlagPrintsOneLineAndStartsNothing(String flags, String expected) throws IOException {
        String[] args = Stream.concat(Stream.of("--headless", "--logs", logs.toString()),
                Stream.of(flags.split(" "))).toArray(String[]::new);
        assertEquals(2, execute(args));
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith(expected), message);
        assertTrue(message.strip().endsWith(" (see ./run.sh --help)"), message); // started as in the project
        assertEquals("", out.toString());
        assertNoRunFolder();
    }

    @Test
    void anEmptyLogsPathIsRefusedNotTakenForTheCurrentFolder() throws IOException {
        assertEquals(2, execute("--headless", "--duration", "1", "--logs", ""));
        String message = err.toString();
        assertTrue(message.startsWith("error: --logs must name a folder, got an empty path"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void anUnwritableLogsFolderIsRefusedBeforeAnythingStarts() throws IOException {
        Path file = Files.writeString(logs.resolve("not-a-folder"), "x");
        assertEquals(2, execute("--headless", "--logs", file.toString()));
        String message = err.toString();
        assertTrue(message.startsWith("error: --logs: cannot write to " + file), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void helpDocumentsEveryFlag() {
        assertEquals(0, execute("--help"));
        String help = out.toString();
        for (String flag : new String[] {"--headless", "--seed", "--vms", "--duration", "--rate-min", "--rate-max",
            "--max-value", "--speed", "--clock-skew", "--logs", "--help", "--version", "Exit codes"}) {
            assertTrue(help.contains(flag), "help lacks " + flag + ":\n" + help);
        }
    }

    @Test
    void aHeadlessRunPrintsTheTableAndAPassingRuleCheck() throws IOException {
        int code = execute("--headless", "--seed", "7", "--duration", "2", "--speed", "10", "--logs",
                logs.toString());
        String printed = out.toString();
        assertEquals(0, code, printed + err.toString());
        assertTrue(printed.matches("(?s).*VM  rate  ticks +receive +send +internal  final clock  max jump  max queue\n.*"),
                printed);
        assertTrue(printed.contains("Rule check: 0 violations"), printed);
        assertTrue(printed.contains("seed 7"), printed);
        try (Stream<Path> runs = Files.list(logs)) {
            Path run = runs.findFirst().orElseThrow();
            assertTrue(run.getFileName().toString().endsWith("_seed-7"), run.toString());
            assertTrue(printed.contains("Run folder: " + run), printed);
        }
    }

    @Test
    void aVmJvmThatCannotStartIsSaidInOneErrorLineWithExitCode1() throws Exception {
        // scalemodels.vm.java replaces the VMs' java command; /bin/false exits at once with code 1, as a java that
        // cannot start does. Set in a JVM of its own: every VM this one starts would get it too.
        Path said = logs.resolve("said.txt");
        Process run = new ProcessBuilder(AppCommand.of(List.of("-Dscalemodels.vm.java=/bin/false"), "--headless",
                "--seed", "7", "--duration", "1", "--logs", logs.resolve("runs").toString()))
                .redirectErrorStream(true).redirectOutput(said.toFile()).start();
        try {
            run.getOutputStream().close();
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ended");
            String printed = Files.readString(said);
            assertEquals(1, run.exitValue(), printed);
            assertTrue(printed.lines().anyMatch(
                    line -> line.matches("error: VM \\d exited while starting \\(exit code 1\\).*")), printed);
        } finally {
            run.destroyForcibly();
        }
    }

    @Test
    void aSkewedHeadlessRunStampsEachVmsLogWithItsOwnClockAndStillPassesTheRuleCheck() throws IOException {
        int code = execute("--headless", "--seed", "7", "--duration", "2", "--speed", "10", "--clock-skew",
                "1:+250ms,2:-40ppm", "--logs", logs.toString());
        String printed = out.toString();
        assertEquals(0, code, printed + err.toString());
        assertTrue(printed.contains("Rule check: 0 violations"), printed);
        try (Stream<Path> runs = Files.list(logs)) {
            Path run = runs.findFirst().orElseThrow();
            // Every VM starts at the same instant; VM 1's clock shows it a quarter of a second later.
            long start0 = startTime(run.resolve("vm_0.log"));
            assertEquals(start0 + 250_000, startTime(run.resolve("vm_1.log")));
            assertEquals(start0, startTime(run.resolve("vm_2.log")), "a drift starts from nothing");
            String manifest = Files.readString(run.resolve("manifest.properties"));
            assertTrue(manifest.contains("clock_skew=1:+250ms,2:-40ppm"), manifest);
            assertTrue(manifest.contains("--clock-skew 1:+250ms,2:-40ppm"), "the rerun command keeps it: " + manifest);
        }
    }

    @Test
    void exportDrawsTheChosenStretchIntoTimelinePngAndRefusesOneOutsideTheRun() throws IOException {
        Path run = scalemodels.sim.SimulatedRun.write(new scalemodels.model.RunSettings(3, 77, 1, 6, 10, 1, 20), 1_000,
                logs.resolve("runs")).dir();
        Path zip = logs.resolve("part.zip");
        assertEquals(0, execute("export", run.toString(), "--to", zip.toString(), "--from", "5", "--until", "10"),
                err.toString());
        try (var archive = new java.util.zip.ZipFile(zip.toFile())) {
            var entry = archive.stream().filter(e -> e.getName().endsWith("/timeline.png")).findFirst().orElseThrow();
            var image = javax.imageio.ImageIO.read(archive.getInputStream(entry));
            assertEquals(22 + 3 * 120, image.getHeight(), "three lanes, drawn by the window's renderer");
        }
        assertEquals(2, execute("export", run.toString(), "--to", logs.resolve("late.zip").toString(), "--from",
                "500"));
        String message = err.toString();
        assertTrue(message.contains("--from 500.0 s is past the run's end: the run lasts"), message);
        assertFalse(Files.exists(logs.resolve("late.zip")), "nothing written");
    }

    private static long startTime(Path log) throws IOException {
        try {
            return scalemodels.log.LogLineFormat.parse(Files.readAllLines(log).get(0)).timeMicros();
        } catch (scalemodels.log.MalformedLineException e) {
            throw new IOException(e);
        }
    }

    private void assertNoRunFolder() throws IOException {
        try (Stream<Path> entries = Files.list(logs)) {
            assertEquals(0, entries.count(), "nothing may be started or created");
        }
    }
}
