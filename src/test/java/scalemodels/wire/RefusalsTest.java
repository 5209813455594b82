package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Refusals are counts, not lists: the first of each kind told, the rest summarised, memory bounded by kinds. */
class RefusalsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theFirstIsToldThenOneCountEveryTenSecondsThenTheRestAtTheEnd() {
        Refusals refusals = new Refusals("the control socket");
        assertEquals("Refused a connection to the control socket from 127.0.0.1: it did not present the run secret",
                refusals.refused("127.0.0.1", Refusals.Reason.NO_SECRET, 0));
        List<String> told = new ArrayList<>();
        for (long i = 1; i <= 1_203; i++) {
            String line = refusals.refused("127.0.0.1", Refusals.Reason.NO_SECRET, i * 45 * SECOND / 1_203);
            if (line != null) {
                told.add(line);
            }
        }
        assertEquals(4, told.size(), "one line per 10 s of a 45 s flood: " + told);
        assertEquals(List.of("1,204 connections refused at the control socket from 127.0.0.1 in 45 s: it did not "
                + "present the run secret"), refusals.summary(45 * SECOND));
        assertEquals(List.of(), refusals.summary(46 * SECOND), "told once");
        assertEquals(1_204, refusals.total());
    }

    @Test
    void manyHostsAndReasonsKeepABoundedNumberOfCounters() {
        Refusals refusals = new Refusals("VM 1's peer port");
        for (int host = 0; host < 10_000; host++) {
            refusals.refused("10.0." + host / 256 + "." + host % 256, Refusals.Reason.SILENT, host);
        }
        List<String> summary = refusals.summary(SECOND);
        assertTrue(summary.size() <= Refusals.MAX_KINDS, summary.size() + " lines");
        assertTrue(summary.stream().anyMatch(l -> l.contains("from other hosts")), summary.toString());
        assertEquals(10_000, refusals.total());
        assertNull(refusals.refused("10.0.0.0", Refusals.Reason.SILENT, 2 * SECOND), "counted, not told again yet");
    }
}
