package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every way of writing times that inference recognises, read back to the same instant. */
class TimeShapesTest {
    /** 2025-03-04T17:28:03.022338Z in microseconds since the epoch. */
    private static final long INSTANT = 1_741_109_283_022_338L;

    private static long read(String value) {
        TimeShapes.Shape shape = TimeShapes.of(List.of(value));
        return shape.format().parse(value, ZoneOffset.UTC);
    }

    private static String kind(String value) {
        return TimeShapes.of(List.of(value)).format().text();
    }

    @Test
    void datesAndTimesOfEveryShapeReadTheSameInstant() {
        assertEquals(INSTANT, read("2025-03-04T17:28:03.022338Z"));
        assertEquals(INSTANT, read("2025-03-04 17:28:03.022338"));
        assertEquals(INSTANT, read("2025-03-04 17:28:03,022338"));
        assertEquals(INSTANT - 22_338, read("2025-03-04 17:28:03"), "a whole second without its fraction");
        assertEquals(INSTANT, read("1741109283.022338"));
        assertEquals(INSTANT / 1000 * 1000, read("1741109283022"));
        assertEquals(INSTANT, read("1741109283022338"));
        assertEquals(INSTANT, read("1741109283022338000"));
        assertEquals("epoch-seconds", kind("1741109283.022338"));
        assertEquals("epoch-millis", kind("1741109283022"));
        assertEquals("epoch-micros", kind("1741109283022338"));
        assertEquals("epoch-nanos", kind("1741109283022338000"));
    }

    @Test
    void timesWithoutADateOrEpochLandOnTwoThousandJanuaryFirst() {
        long day = TimeFormat.UNDATED_EPOCH_MICROS;
        assertEquals(day + 62_883_022_000L, read("17:28:03.022"), "a time of day");
        assertEquals("elapsed-seconds", kind("12.500000"));
        assertEquals(day + 12_500_000, read("12.500000"), "seconds since the program started");
        assertEquals("elapsed-nanos", kind("98765432101234"));
        assertEquals(day + 98_765_432_101L, read("98765432101234"), "a monotonic clock's nanoseconds");
        assertEquals("elapsed-millis", kind("4500"));
        assertEquals(day + 4_500_000, read("4500"));
    }

    @Test
    void aMonotonicClockPassingOnePointFiveSecondsIsOneColumnOfNanosecondsNotEpochSeconds() {
        // 1524403830 alone looks like epoch seconds of 2018; the column as a whole counts nanoseconds from a start.
        assertEquals("elapsed-nanos", TimeShapes.of(List.of("524403830", "1524403830", "2029377403", "10119029680"))
                .format().text());
        assertEquals("elapsed-seconds", TimeShapes.of(List.of("1524403830.5", "2029377403.25")).format().text());
        assertEquals("epoch-seconds", TimeShapes.of(List.of("1741109283.022338", "1741109284.5")).format().text());
    }

    @Test
    void samplesThatDisagreeOrAreNoTimeGiveNoShape() {
        assertNull(TimeShapes.of(List.of("2025-03-04 17:28:03", "17:28:03")));
        assertNull(TimeShapes.of(List.of("yesterday")));
    }
}
