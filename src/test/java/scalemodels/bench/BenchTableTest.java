package scalemodels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench rewrites only its table in docs/benchmarks.md; what people wrote around it stays. */
class BenchTableTest {
    private static final String TABLE = Benchmarks.markdown(List.of(new Figure("simulation", "how", "20 M events/s",
            ">= 5 M events/s", "-", true, "")), "2 cores");

    @Test
    void theTableBetweenTheMarkersIsReplacedAndTheTextAroundItKept() {
        String doc = "# Benchmarks\n\nintro\n\n" + Benchmarks.TABLE_BEGIN + "\nold table\n" + Benchmarks.TABLE_END
                + "\n\n## What changed\n\nbefore and after\n";
        String written = Benchmarks.withTable(doc, TABLE);
        assertEquals("# Benchmarks\n\nintro\n\n" + Benchmarks.TABLE_BEGIN + "\n" + TABLE + Benchmarks.TABLE_END
                + "\n\n## What changed\n\nbefore and after\n", written);
        assertEquals(written, Benchmarks.withTable(written, TABLE), "running it again changes nothing");
    }

    @Test
    void aDocumentWithoutMarkersBecomesTheTableAlone() {
        String written = Benchmarks.withTable(null, TABLE);
        assertTrue(written.startsWith("# Benchmarks\n\n" + Benchmarks.TABLE_BEGIN + "\nMachine: 2 cores"), written);
        assertTrue(written.contains("| simulation | how | 20 M events/s | >= 5 M events/s | - | yes |  |"), written);
        assertTrue(written.endsWith(Benchmarks.TABLE_END + "\n"));
    }
}
