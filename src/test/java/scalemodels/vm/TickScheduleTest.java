package scalemodels.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Absolute deadlines: tick 1 at the start, no drift from late ticks, an exclusive end, pauses moving the anchor. */
class TickScheduleTest {
    private static final long START = 1_000_000_000L;

    @Test
    void tickOneFallsOnTheStartAndEachNextOnePeriodLater() {
        TickSchedule schedule = new TickSchedule(START, 4, Long.MAX_VALUE);
        assertEquals(START, schedule.deadlineNanos(1));
        assertEquals(START + 250_000_000L, schedule.deadlineNanos(2));
        assertEquals(START + 60_000_000_000L - 250_000_000L, schedule.deadlineNanos(240));
        assertTrue(schedule.includes(1_000_000), "no end: every tick is in");
    }

    @Test
    void theEndIsExclusiveSoASixtySecondRunAtRateFourHasExactly240Ticks() {
        TickSchedule schedule = new TickSchedule(START, 4, START + 60_000_000_000L);
        assertTrue(schedule.includes(240));
        assertFalse(schedule.includes(241));
    }

    @Test
    void fractionalRatesRoundEachDeadlineFromTheAnchorSoErrorsDoNotAddUp() {
        TickSchedule schedule = new TickSchedule(0, 3, Long.MAX_VALUE);
        assertEquals(333_333_333L, schedule.deadlineNanos(2));
        assertEquals(3_000_000_000L, schedule.deadlineNanos(10));
        assertEquals(300_000_000_000L, schedule.deadlineNanos(901), "not 900 x a rounded period");
    }

    @Test
    void aResumeAnchorsTheNextTickOnePeriodAfterItAndKeepsTheEnd() {
        TickSchedule schedule = new TickSchedule(START, 2, START + 10_000_000_000L);
        long resumedAt = START + 7_000_000_000L;
        schedule.resumeAt(3, resumedAt);
        assertEquals(resumedAt + 500_000_000L, schedule.deadlineNanos(4), "ticks missed while paused are not made up");
        assertTrue(schedule.includes(8));
        assertFalse(schedule.includes(9), "tick 9 would be due at the end, which stays where it was");
    }
}
