package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void matchesTheReferenceSequenceForSeedZero() {
        // First outputs of the reference C implementation (Vigna, splitmix64.c) seeded with 0.
        SplitMix64 random = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
        assertEquals(0x06C45D188009454FL, random.nextLong());
    }

    @Test
    void drawsEveryValueOfARangeAndNothingOutsideIt() {
        SplitMix64 random = new SplitMix64(42);
        int[] counts = new int[11];
        for (int i = 0; i < 100_000; i++) {
            int value = random.nextIntInclusive(1, 10);
            assertTrue(value >= 1 && value <= 10, "drew " + value);
            counts[value]++;
        }
        for (int value = 1; value <= 10; value++) {
            // 10,000 expected; 5 standard deviations is about 475
            assertTrue(Math.abs(counts[value] - 10_000) < 500, "value " + value + " drawn " + counts[value] + " times");
        }
    }

    @Test
    void aSingleValueRangeAlwaysGivesThatValue() {
        SplitMix64 random = new SplitMix64(3);
        for (int i = 0; i < 100; i++) {
            assertEquals(5, random.nextIntInclusive(5, 5));
        }
    }

    @Test
    void perVmSeedsDifferAndAreStable() {
        assertEquals(Seeds.forVm(812, 0), Seeds.forVm(812, 0));
        assertNotEquals(Seeds.forVm(812, 0), Seeds.forVm(812, 1));
        assertNotEquals(Seeds.forVm(812, 0), Seeds.forVm(813, 0));
        assertEquals(SplitMix64.mix64(812 + 0x9E3779B97F4A7C15L), Seeds.forVm(812, 0));
    }
}
