package scalemodels.model;

import java.security.SecureRandom;

/**
 * How one master seed becomes one seed per VM.
 *
 * <p>{@code vmSeed(master, id) = mix64(master + (id + 1) * 0x9E3779B97F4A7C15)}: the SplitMix64 finalizer applied to
 * the master seed advanced by {@code id + 1} golden-ratio steps, so neighbouring VMs get unrelated streams.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    public static long forVm(long masterSeed, int vmId) {
        return SplitMix64.mix64(masterSeed + (vmId + 1L) * GOLDEN_GAMMA);
    }

    /** A fresh master seed; non-negative and below 10^9 so that people can read it aloud and type it again. */
    public static long random() {
        return Entropy.SOURCE.nextInt(1_000_000_000);
    }

    /**
     * Made on the first fresh seed: a VM process only ever mixes the seed it is given, and setting up a secure
     * generator (its providers, its seeding) was 3 % of the CPU of a VM process's one-second run.
     */
    private static final class Entropy {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
