package scalemodels.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {
    private static final List<ExperimentConfig> TWO = List.of(ExperimentConfig.parse("wide:1-6:10"),
            ExperimentConfig.parse("narrow:3-4:5:4"));

    @Test
    void aSimulatedExperimentWritesAComparisonReport(@TempDir Path dir) throws Exception {
        ExperimentPlan plan = new ExperimentPlan(TWO, 3, 20, 1, true, 1_000, 50);
        AtomicInteger progress = new AtomicInteger();
        ExperimentResult result = ExperimentRunner.run(plan, dir, (done, total, message) -> {
            assertEquals(6, total);
            progress.set(done);
        }, () -> false);
        assertFalse(result.cancelled());
        assertEquals(6, result.runs().size());
        assertEquals(6, progress.get());
        for (String file : List.of("report.md", "summary.csv", "runs.csv", "jumps.png", "drift.png", "queues.png",
                "waits.png", "mix.png")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        assertEquals(7, Files.readAllLines(dir.resolve("runs.csv")).size(), "header plus 6 runs");
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("| mean jump (clock values) |"), report);
        assertTrue(report.contains("- **narrow**: mean jump"), report);
        assertTrue(result.runs().stream().allMatch(r -> r.violations() == 0));
        assertEquals(4, result.runs().get(5).folder().toFile().list((d, n) -> n.matches("vm_\\d\\.log")).length,
                "the narrow configuration has 4 VMs");
        // Run r of both configurations uses the same seed.
        assertEquals(result.runs().get(1).seed(), result.runs().get(4).seed());
    }

    @Test
    void cancellingReportsTheFinishedRuns(@TempDir Path dir) throws Exception {
        ExperimentPlan plan = new ExperimentPlan(TWO, 3, 10, 1, true, 1_000, 1);
        AtomicInteger finished = new AtomicInteger();
        ExperimentResult result = ExperimentRunner.run(plan, dir, (done, total, message) -> finished.set(done),
                () -> finished.get() >= 2);
        assertTrue(result.cancelled());
        assertEquals(2, result.runs().size());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("**Cancelled**"));
    }

    @Test
    void theExercisePresetComparesTheFourVariants() {
        ExperimentPlan plan = new ExperimentPlan(ExperimentPlan.exercisePreset(), 5, 60, 1, false, 0, 1);
        assertEquals(List.of(), plan.problems());
        assertEquals(20, plan.total());
        assertEquals(6, plan.configs().get(0).rateMax());
        assertTrue(plan.configs().get(1).rateMax() - plan.configs().get(1).rateMin() < 5, "smaller rate variation");
        assertTrue(plan.configs().get(2).maxValue() < 10, "lower internal-event probability");
    }
}
