package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunSettingsTest {

    @Test
    void theExerciseAsWrittenIsValid() {
        assertEquals(List.of(), RunSettings.defaults(1).problems());
        assertEquals(0.7, RunSettings.defaults(1).internalEventProbability(), 1e-9);
    }

    @Test
    void everyBadFieldIsNamedWithItsRange() {
        assertProblem(new RunSettings(1, 0, 1, 6, 10, 1, 60), "--vms must be between 2 and 16, got 1");
        assertProblem(new RunSettings(17, 0, 1, 6, 10, 1, 60), "--vms must be between 2 and 16, got 17");
        assertProblem(new RunSettings(3, 0, 5, 2, 10, 1, 60), "--rate-min must not be greater than the highest rate (5 > 2)");
        assertProblem(new RunSettings(3, 0, 0, 6, 10, 1, 60), "--rate-min must be between 1 and 1000");
        assertProblem(new RunSettings(3, 0, 1, 6, 0, 1, 60), "--max-value must be between 1 and 1000, got 0");
        assertProblem(new RunSettings(3, 0, 1, 6, 10, 0, 60), "--speed must be between 0.01 and 10000, got 0");
        assertProblem(new RunSettings(3, 0, 1, 6, 10, Double.NaN, 60), "--speed must be between");
        assertProblem(new RunSettings(3, 0, 1, 6, 10, 1, -1), "--duration must be between 0 (until stopped)");
    }

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertEquals("1", RunSettings.plain(1.0));
        assertEquals("2.5", RunSettings.plain(2.5));
        assertEquals("10000", RunSettings.plain(1e4));
        assertEquals("0.01", RunSettings.plain(0.01));
    }

    private static void assertProblem(RunSettings settings, String expectedStart) {
        List<String> problems = settings.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expectedStart)), problems.toString());
    }
}
