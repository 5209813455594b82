package scalemodels.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physical clocks that disagree: per VM an offset and a drift of the wall clock it stamps its log with, as separate
 * machines would have. Written {@code 1:+250ms,2:-40ppm} (VM id, colon, a signed amount in {@code us}, {@code ms} or
 * {@code s} for an offset, or in {@code ppm} for a drift; a VM may have one of each). The VM's ticks keep real time;
 * only the times it logs move: {@code logged = true + offset + drift x (true - start)}.
 */
public final class ClockSkew {
    /** No VM's clock is off. */
    public static final ClockSkew NONE = new ClockSkew(new long[0], new long[0]);
    /** The largest offset allowed: an hour. */
    public static final long MAX_OFFSET_MICROS = 3_600_000_000L;
    /** The largest drift allowed: 10 %, far beyond any real quartz (tens of ppm). */
    public static final long MAX_DRIFT_PPM = 100_000;

    private final long[] offsetMicros;
    private final long[] driftPpm;

    private ClockSkew(long[] offsetMicros, long[] driftPpm) {
        this.offsetMicros = offsetMicros;
        this.driftPpm = driftPpm;
    }

    /** Compiled on the first skew read, not in every VM process that merely has none (a pattern costs it CPU). */
    private static final class Syntax {
        static final Pattern ENTRY = Pattern.compile("(\\d+):([+-]?\\d+(?:\\.\\d+)?)(us|ms|s|ppm)");
    }

    /**
     * Reads the written form; blank means none.
     *
     * @throws IllegalArgumentException naming the entry that is wrong and why
     */
    public static ClockSkew parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        long[] offsets = new long[RunSettings.MAX_VMS];
        long[] drifts = new long[RunSettings.MAX_VMS];
        boolean[] hasOffset = new boolean[RunSettings.MAX_VMS];
        boolean[] hasDrift = new boolean[RunSettings.MAX_VMS];
        for (String entry : text.split(",")) {
            Matcher m = Syntax.ENTRY.matcher(entry.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + entry.strip() + "\" is not VM:AMOUNT with AMOUNT in us, ms, "
                        + "s or ppm (e.g. 1:+250ms or 2:-40ppm)");
            }
            int vm = parseVm(m.group(1), entry);
            double amount = Double.parseDouble(m.group(2));
            if (m.group(3).equals("ppm")) {
                if (hasDrift[vm] || Math.abs(amount) > MAX_DRIFT_PPM || amount != Math.rint(amount)) {
                    throw new IllegalArgumentException("\"" + entry.strip() + "\": " + (hasDrift[vm] ? "VM " + vm
                            + " has a drift already" : "a drift is a whole number of ppm up to " + MAX_DRIFT_PPM));
                }
                drifts[vm] = (long) amount;
                hasDrift[vm] = true;
            } else {
                double micros = amount * switch (m.group(3)) {
                    case "us" -> 1;
                    case "ms" -> 1_000;
                    default -> 1_000_000;
                };
                if (hasOffset[vm] || Math.abs(micros) > MAX_OFFSET_MICROS) {
                    throw new IllegalArgumentException("\"" + entry.strip() + "\": " + (hasOffset[vm] ? "VM " + vm
                            + " has an offset already" : "an offset is at most an hour either way"));
                }
                offsets[vm] = Math.round(micros);
                hasOffset[vm] = true;
            }
        }
        return new ClockSkew(trim(offsets), trim(drifts));
    }

    private static int parseVm(String digits, String entry) {
        int vm = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (vm >= RunSettings.MAX_VMS) {
            throw new IllegalArgumentException("\"" + entry.strip() + "\": VM ids go from 0 to "
                    + (RunSettings.MAX_VMS - 1));
        }
        return vm;
    }

    private static long[] trim(long[] values) {
        int n = values.length;
        while (n > 0 && values[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(values, n);
    }

    public boolean none() {
        return offsetMicros.length == 0 && driftPpm.length == 0;
    }

    /** The highest VM id the skew names, or -1 when none (to check against the number of VMs). */
    public int highestVm() {
        return Math.max(offsetMicros.length, driftPpm.length) - 1;
    }

    public long offsetMicros(int vm) {
        return vm < offsetMicros.length ? offsetMicros[vm] : 0;
    }

    public long driftPpm(int vm) {
        return vm < driftPpm.length ? driftPpm[vm] : 0;
    }

    /** The time VM {@code vm}'s wall clock shows at true time {@code trueMicros} of a run that began at the other. */
    public long stamp(int vm, long trueMicros, long startMicros) {
        long offset = offsetMicros(vm);
        long drift = driftPpm(vm);
        if (offset == 0 && drift == 0) {
            return trueMicros;
        }
        return trueMicros + offset + Math.round((trueMicros - startMicros) * (drift / 1e6));
    }

    /** The written form, canonical ({@code 1:+250000us} is written {@code 1:+250ms}); empty when none. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(",");
        for (int vm = 0; vm <= highestVm(); vm++) {
            long offset = offsetMicros(vm);
            if (offset != 0) {
                out.add(vm + ":" + (offset > 0 ? "+" : "") + (offset % 1000 == 0 ? offset / 1000 + "ms" : offset + "us"));
            }
            long drift = driftPpm(vm);
            if (drift != 0) {
                out.add(vm + ":" + (drift > 0 ? "+" : "") + drift + "ppm");
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClockSkew c && Arrays.equals(c.offsetMicros, offsetMicros)
                && Arrays.equals(c.driftPpm, driftPpm);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(offsetMicros) + Arrays.hashCode(driftPpm);
    }
}
