package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void threeVmsFollowTheExercise() {
        assertArrayEquals(new int[] {1}, Recipients.forValue(1, 0, 3));
        assertArrayEquals(new int[] {2}, Recipients.forValue(2, 0, 3));
        assertArrayEquals(new int[] {1, 2}, Recipients.forValue(3, 0, 3));
        assertArrayEquals(new int[] {0}, Recipients.forValue(1, 2, 3));
        assertArrayEquals(new int[] {1}, Recipients.forValue(2, 2, 3));
        assertArrayEquals(new int[] {0, 1}, Recipients.forValue(3, 2, 3));
    }

    @Test
    void valuesAboveThreeAreInternal() {
        for (int value = 4; value <= 10; value++) {
            assertArrayEquals(new int[0], Recipients.forValue(value, 1, 3));
        }
    }

    @Test
    void withTwoVmsValueTwoGoesToTheOnlyPeer() {
        assertArrayEquals(new int[] {1}, Recipients.forValue(2, 0, 2));
        assertArrayEquals(new int[] {0}, Recipients.forValue(2, 1, 2));
        assertArrayEquals(new int[] {0}, Recipients.forValue(3, 1, 2));
    }

    @Test
    void largerRunsSkipOneAndTwoAhead() {
        assertArrayEquals(new int[] {0}, Recipients.forValue(1, 4, 5));
        assertArrayEquals(new int[] {1}, Recipients.forValue(2, 4, 5));
        assertArrayEquals(new int[] {0, 1, 2, 3}, Recipients.forValue(3, 4, 5));
    }
}
