package scalemodels.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import scalemodels.analysis.VmStats;

/** The per-VM table is one model: Markdown, plain text and JSON show its columns, and JSON keeps VmStats' names. */
class VmTableTest {
    private static final VmStats QUIET = new VmStats(0, 5, 1, 4.99, 295, 21, 79, 195, 295, 1.0, 1, 2, 0, 0, 0.25, 1,
            0, 12.5, 40, 0.5, 2, 0, 0, 0, 0);
    private static final VmStats FAULTY = new VmStats(1, 0, 2, 3.0, 177, 64, 33, 80, 293, 1.66, 9, 60, 58, 116, -1, 17,
            16, 900, 2000, 2.5, 8, 1, 2, 3, 4);

    @Test
    void jsonHoldsEveryColumnUnderTheNameOfTheFigureItShows() {
        Set<String> components = Arrays.stream(VmStats.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        var values = VmTable.values(FAULTY);
        assertEquals(components, values.keySet(), "every figure of a VM, and no other");
        assertEquals(116L, values.get("clockMinusTicks"));
        assertEquals(-1.0, values.get("meanQueue"));
    }

    @Test
    void markdownShowsEachGroupWithItsHeadingsAndFaultsOnlyWhenThereWereAny() {
        String quiet = VmTable.markdown(List.of(QUIET));
        for (VmTable.Group group : List.of(VmTable.PER_VM, VmTable.JUMPS_DRIFT_QUEUES)) {
            assertTrue(quiet.contains("## " + group.title()), group.title());
            group.columns().forEach(c -> assertTrue(quiet.contains("| " + c.heading() + " |"), c.heading()));
        }
        assertFalse(quiet.contains("## Faults"));
        assertTrue(quiet.contains("| 0 | 5 | 1 | 4.99 | 295 | 21 (7 %) | 79 (27 %) | 195 (66 %) | 295 | 0 | 0 |"), quiet);
        String faulty = VmTable.markdown(List.of(QUIET, FAULTY));
        assertTrue(faulty.contains("## Faults\n\n| VM | pauses | crashes | not delivered |"), faulty);
        assertTrue(faulty.contains("| 1 | ? | 2 |"), "an unknown rate is '?'");
        assertTrue(faulty.contains("| ? | 17 |"), "an unknown mean queue is '?'");
    }

    @Test
    void plainTextRightAlignsTheChosenColumnsUnderTheirHeadings() {
        String text = VmTable.plainText(VmTable.BRIEF, List.of(QUIET, FAULTY));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertEquals("VM  rate  ticks    receive       send    internal  final clock  max jump  max queue", lines[0]);
        assertEquals(lines[0].length(), lines[1].length());
        assertTrue(lines[2].endsWith("293         9         17"), lines[2]);
    }
}
