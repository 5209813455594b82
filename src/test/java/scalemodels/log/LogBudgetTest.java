package scalemodels.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.model.RunSettings;
import scalemodels.sim.SimulatedRun;
import scalemodels.supervisor.Supervisor;

/**
 * The log budget: the estimate is near what runs really write, a run above the limit is refused with the estimate
 * and the flag that allows it (before any folder is made, by the supervisor too), and sizes read as people write them.
 */
class LogBudgetTest {
    @TempDir
    Path logs;

    @AfterEach
    void defaultLimit() {
        LogBudget.setLimit(LogBudget.DEFAULT_LIMIT);
    }

    @ParameterizedTest(name = "{0} VMs at {1} ticks/s, speed {2}, for {3} s")
    @CsvSource({"3, 1, 1, 60", "3, 6, 1, 60", "16, 4, 5, 20", "8, 3, 50, 10"})
    void theEstimateIsWithinAThirdOfWhatASimulatedRunWrites(int vms, int rate, double speed, double seconds)
            throws Exception {
        // One rate for all, so the ticks are known and the estimate's line length is what is tried (with a range,
        // the estimate takes its middle, and the rates drawn decide how near that is).
        RunSettings settings = new RunSettings(vms, 7, rate, rate, 10, speed, seconds);
        RunFolder folder = SimulatedRun.write(settings, 1_000, logs);
        long written = 0;
        for (Path log : folder.vmLogFiles()) {
            written += Files.size(log);
        }
        double ratio = (double) LogBudget.estimate(settings) / written;
        assertTrue(ratio > 0.67 && ratio < 1.5, "estimate / written = " + ratio + " (" + written + " bytes)");
    }

    @Test
    void aRunAboveTheLimitIsRefusedWithTheEstimateAndTheFlagThatAllowsIt() {
        RunSettings huge = new RunSettings(16, 1, 1, 6, 10, 10_000, 60);
        String refused = LogBudget.refusal(huge, logs);
        assertTrue(refused.startsWith("this run would write about "), refused);
        assertTrue(refused.contains("(16 VMs at 1..6 ticks/s x speed 10000 for 60 s), more than the 2.0 GB limit; "
                + "--max-log-size "), refused);
        assertTrue(refused.endsWith("G allows it"), refused);
        String flag = refused.substring(refused.indexOf("--max-log-size ") + 15, refused.indexOf(" allows"));
        LogBudget.setLimit(LogBudget.parseSize(flag));
        String again = LogBudget.refusal(huge, logs);
        assertTrue(again == null || again.contains("free where its logs go"), "the suggested limit is enough: " + again);
        assertNull(LogBudget.refusal(RunSettings.defaults(1), logs), "the exercise at speed 1 fits");
        assertNull(LogBudget.refusal(new RunSettings(16, 1, 1, 6, 10, 10_000, 0), logs), "until stopped: watched");
    }

    @Test
    void theSupervisorRefusesBeforeMakingAFolder() throws Exception {
        LaunchException e = assertThrows(LaunchException.class, () -> new Supervisor(
                new RunSettings(16, 1, 1, 6, 10, 10_000, 60), logs, RunListener.NONE).start());
        assertTrue(e.getMessage().startsWith("Not started: this run would write about"), e.getMessage());
        try (var files = Files.list(logs)) {
            assertEquals(0, files.count(), "no run folder");
        }
    }

    @ParameterizedTest
    @CsvSource({"500M, 524288000", "2G, 2147483648", "1.5G, 1610612736", "800k, 819200", "123456, 123456",
        "2GB, 2147483648"})
    void sizesReadAsPeopleWriteThem(String text, long bytes) {
        assertEquals(bytes, LogBudget.parseSize(text));
    }

    @Test
    void whatIsNoSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LogBudget.parseSize("lots"));
        assertThrows(IllegalArgumentException.class, () -> LogBudget.parseSize("0"));
        assertEquals("5.3 GB", LogBudget.human(5_700_000_000L));
        assertEquals("812 MB", LogBudget.human(812L << 20));
    }
}
