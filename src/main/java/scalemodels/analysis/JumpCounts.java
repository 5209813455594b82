package scalemodels.analysis;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How often each clock step happened. Almost every step is small, so those are counted in an array; a boxed map
 * entry per event cost more than the rest of the analysis together.
 */
final class JumpCounts {
    private static final int SMALL = 1024;
    private final long[] small = new long[SMALL];
    private final SortedMap<Long, Long> large = new TreeMap<>();

    void add(long jump) {
        if (jump >= 0 && jump < SMALL) {
            small[(int) jump]++;
        } else {
            large.merge(jump, 1L, Long::sum);
        }
    }

    void addAll(JumpCounts other) {
        for (int j = 0; j < SMALL; j++) {
            small[j] += other.small[j];
        }
        other.large.forEach((jump, count) -> large.merge(jump, count, Long::sum));
    }

    SortedMap<Long, Long> toMap() {
        SortedMap<Long, Long> map = new TreeMap<>(large);
        for (int j = 0; j < SMALL; j++) {
            if (small[j] > 0) {
                map.put((long) j, small[j]);
            }
        }
        return map;
    }
}
