package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VectorClockTest {

    @Test
    void localEventsCountOwnEntryOnly() {
        VectorClock clock = new VectorClock(3, 1);
        clock.tick();
        clock.tick();
        assertArrayEquals(new long[] {0, 2, 0}, clock.snapshot());
    }

    @Test
    void mergeTakesElementWiseMaximumThenCountsTheReceive() {
        VectorClock clock = new VectorClock(3, 0);
        clock.tick();
        clock.merge(new long[] {0, 4, 2});
        assertArrayEquals(new long[] {2, 4, 2}, clock.snapshot());
        clock.merge(new long[] {7, 1, 1});
        assertArrayEquals(new long[] {8, 4, 2}, clock.snapshot());
    }

    @Test
    void snapshotsAreCopies() {
        VectorClock clock = new VectorClock(2, 0);
        long[] before = clock.snapshot();
        clock.tick();
        assertArrayEquals(new long[] {0, 0}, before);
    }

    @Test
    void aVectorOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VectorClock(3, 0).merge(new long[] {1, 2}));
    }
}
