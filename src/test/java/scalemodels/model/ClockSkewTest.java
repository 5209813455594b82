package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The written form of clock skew, its checks, and the time a skewed clock shows. */
class ClockSkewTest {
    @Test
    void offsetsAndDriftsReadWriteAndStamp() {
        ClockSkew skew = ClockSkew.parse(" 1:+250ms, 2:-40ppm,2:1.5s ,0:-7us");
        assertEquals("0:-7us,1:+250ms,2:+1500ms,2:-40ppm", skew.toString());
        assertEquals(skew, ClockSkew.parse(skew.toString()), "the written form reads back the same");
        assertEquals(2, skew.highestVm());
        long start = 1_000_000_000_000L;
        assertEquals(start + 10_000_000 + 250_000, skew.stamp(1, start + 10_000_000, start));
        // -40 ppm over 100 s is 4 ms slow, on top of the 1.5 s offset.
        assertEquals(start + 100_000_000 + 1_500_000 - 4_000, skew.stamp(2, start + 100_000_000, start));
        assertEquals(start + 5, skew.stamp(3, start + 5, start), "an unnamed VM's clock is right");
        assertTrue(ClockSkew.parse("").none());
        assertTrue(ClockSkew.parse("1:0ms").none(), "zero is no skew");
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals("\"1:250\" is not VM:AMOUNT with AMOUNT in us, ms, s or ppm (e.g. 1:+250ms or 2:-40ppm)",
                assertThrows(IllegalArgumentException.class, () -> ClockSkew.parse("1:250")).getMessage());
        assertEquals("\"16:+1ms\": VM ids go from 0 to 15",
                assertThrows(IllegalArgumentException.class, () -> ClockSkew.parse("16:+1ms")).getMessage());
        assertEquals("\"1:+2ms\": VM 1 has an offset already",
                assertThrows(IllegalArgumentException.class, () -> ClockSkew.parse("1:+1ms,1:+2ms")).getMessage());
        assertEquals("\"1:+200000ppm\": a drift is a whole number of ppm up to 100000",
                assertThrows(IllegalArgumentException.class, () -> ClockSkew.parse("1:+200000ppm")).getMessage());
        assertEquals("\"1:+3601s\": an offset is at most an hour either way",
                assertThrows(IllegalArgumentException.class, () -> ClockSkew.parse("1:+3601s")).getMessage());
        RunSettings three = new RunSettings(3, 1, 1, 6, 10, 1, 10, ClockSkew.parse("3:+1ms"));
        assertEquals("--clock-skew names VM 3, but the VMs are 0..2", three.problems().get(0));
    }
}
