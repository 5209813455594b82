package scalemodels.model;

/**
 * SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator.
 *
 * <p>We use our own instead of {@code java.util.Random} or {@code SplittableRandom} because the exact sequence is part
 * of the product's contract: the same seed must draw the same rates and values on every JDK, and anyone can reproduce
 * the sequence in a few lines of Python from the README.
 */
public final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** A uniformly drawn integer in {@code [low, high]} (inclusive), by rejection so that no value is favoured. */
    public int nextIntInclusive(int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
        long span = (long) high - low + 1;
        // Draws below 2^64 mod span would make the lowest values more likely (OpenBSD's arc4random_uniform).
        long reject = Long.remainderUnsigned(-span, span);
        long draw;
        do {
            draw = nextLong();
        } while (Long.compareUnsigned(draw, reject) < 0);
        return (int) (low + Long.remainderUnsigned(draw, span));
    }

    /** The SplitMix64 finalizer: a bijective 64-bit mix, also used to derive per-VM seeds. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
