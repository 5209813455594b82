package scalemodels.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Per-channel faults on the sender's side: set, read, cleared, and ended when their time runs out. */
class ChannelFaultsTest {
    @Test
    void aFaultHoldsUntilItsDeadlineThenExpiresOnce() {
        ChannelFaults faults = new ChannelFaults(3);
        faults.set(1, ChannelFaults.Kind.DELAY, 300_000_000L, 5_000L);
        faults.set(2, ChannelFaults.Kind.DROP, 0, Long.MAX_VALUE);
        assertEquals(ChannelFaults.Kind.NONE, faults.kind(0));
        assertEquals(ChannelFaults.Kind.DELAY, faults.kind(1));
        assertEquals(300_000_000L, faults.delayNanos(1));
        assertArrayEquals(new int[0], faults.expire(4_999L));
        assertArrayEquals(new int[] {1}, faults.expire(5_000L));
        assertEquals(ChannelFaults.Kind.NONE, faults.kind(1));
        assertArrayEquals(new int[0], faults.expire(Long.MAX_VALUE - 1), "expired once; 'until cleared' never does");
        assertEquals(ChannelFaults.Kind.DROP, faults.kind(2));
        faults.clear(2);
        assertEquals(ChannelFaults.Kind.NONE, faults.kind(2));
    }

    @Test
    void deadlinesCompareAcrossTheNanoTimeWrap() {
        ChannelFaults faults = new ChannelFaults(2);
        faults.set(1, ChannelFaults.Kind.DROP, 0, Long.MIN_VALUE + 10);
        assertArrayEquals(new int[0], faults.expire(Long.MAX_VALUE - 10), "20 ns before the deadline, across the wrap");
        assertArrayEquals(new int[] {1}, faults.expire(Long.MIN_VALUE + 10));
    }
}
