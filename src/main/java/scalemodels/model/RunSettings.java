package scalemodels.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines one run of the model. Same settings and seed, same drawn rates and values.
 *
 * @param vms             number of virtual machines, {@value #MIN_VMS}..{@value #MAX_VMS}
 * @param seed            the master seed; per-VM seeds come from {@link Seeds#forVm}
 * @param rateMin         lowest tick rate a VM may draw, ticks per second at speed 1
 * @param rateMax         highest tick rate a VM may draw
 * @param maxValue        each action draws 1..maxValue; 1, 2 and 3 send, the rest are internal events
 * @param speed           multiplies every tick rate (1 is the exercise as written)
 * @param durationSeconds how long the clocks run; 0 runs until stopped
 * @param clockSkew       how far each VM's wall clock is off ({@link ClockSkew#NONE}: none is)
 * @param rates           each VM's tick rate, fixed instead of drawn ({@link FixedRates#NONE}: drawn)
 */
public record RunSettings(int vms, long seed, int rateMin, int rateMax, int maxValue, double speed,
                          double durationSeconds, ClockSkew clockSkew, FixedRates rates) {
    public static final int MIN_VMS = 2;
    public static final int MAX_VMS = 16;
    public static final int MIN_RATE = 1;
    public static final int MAX_RATE = 1000;
    public static final int MIN_MAX_VALUE = 1;
    public static final int MAX_MAX_VALUE = 1000;
    public static final double MIN_SPEED = 0.01;
    public static final double MAX_SPEED = 10_000;
    public static final double MAX_DURATION_SECONDS = 7 * 24 * 3600;
    /** Shortest run with an end: a millisecond (the logs' times are microseconds, a tick needs at least one). */
    public static final double MIN_DURATION_SECONDS = 0.001;

    public static final int DEFAULT_VMS = 3;
    public static final int DEFAULT_RATE_MIN = 1;
    public static final int DEFAULT_RATE_MAX = 6;
    public static final int DEFAULT_MAX_VALUE = 10;
    public static final double DEFAULT_SPEED = 1;
    public static final double DEFAULT_DURATION_SECONDS = 60;

    public RunSettings {
        clockSkew = clockSkew == null ? ClockSkew.NONE : clockSkew;
        rates = rates == null ? FixedRates.NONE : rates;
    }

    /** Settings whose VMs draw their rates. */
    public RunSettings(int vms, long seed, int rateMin, int rateMax, int maxValue, double speed,
                       double durationSeconds, ClockSkew clockSkew) {
        this(vms, seed, rateMin, rateMax, maxValue, speed, durationSeconds, clockSkew, FixedRates.NONE);
    }

    /** Settings whose VMs' clocks all agree and whose VMs draw their rates. */
    public RunSettings(int vms, long seed, int rateMin, int rateMax, int maxValue, double speed,
                       double durationSeconds) {
        this(vms, seed, rateMin, rateMax, maxValue, speed, durationSeconds, ClockSkew.NONE);
    }

    /** The exercise as written, with the given seed. */
    public static RunSettings defaults(long seed) {
        return new RunSettings(DEFAULT_VMS, seed, DEFAULT_RATE_MIN, DEFAULT_RATE_MAX, DEFAULT_MAX_VALUE,
                DEFAULT_SPEED, DEFAULT_DURATION_SECONDS);
    }

    /** The settings a person can get wrong, with their command-line flags. */
    public enum Field {
        VMS("--vms"), SEED("--seed"), RATE_MIN("--rate-min"), RATE_MAX("--rate-max"), MAX_VALUE("--max-value"),
        SPEED("--speed"), DURATION("--duration"), CLOCK_SKEW("--clock-skew"), RATES("--rates");

        private final String flag;

        Field(String flag) {
            this.flag = flag;
        }

        public String flag() {
            return flag;
        }
    }

    /**
     * One invalid setting.
     *
     * @param field the setting
     * @param text  what is wrong, to follow the field's name: "must be between 2 and 16, got 1"
     */
    public record Problem(Field field, String text) {
        /** The message as the command line prints it, naming the flag. */
        public String forCommandLine() {
            return field.flag() + " " + text;
        }
    }

    /** Every invalid setting, each naming the allowed range. Empty when the settings can run. */
    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        if (vms < MIN_VMS || vms > MAX_VMS) {
            problems.add(new Problem(Field.VMS, "must be between " + MIN_VMS + " and " + MAX_VMS + ", got " + vms));
        }
        checkRate(problems, Field.RATE_MIN, rateMin);
        checkRate(problems, Field.RATE_MAX, rateMax);
        if (rateMin > rateMax) {
            problems.add(new Problem(Field.RATE_MIN, "must not be greater than the highest rate (" + rateMin + " > "
                    + rateMax + ")"));
        }
        if (maxValue < MIN_MAX_VALUE || maxValue > MAX_MAX_VALUE) {
            problems.add(new Problem(Field.MAX_VALUE, "must be between " + MIN_MAX_VALUE + " and " + MAX_MAX_VALUE
                    + ", got " + maxValue));
        }
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            problems.add(new Problem(Field.SPEED, "must be between " + MIN_SPEED + " and " + plain(MAX_SPEED)
                    + ", got " + plain(speed)));
        }
        if (!(durationSeconds >= 0 && durationSeconds <= MAX_DURATION_SECONDS)
                || Double.compare(durationSeconds, 0.0) < 0) { // -0 is no "until stopped"
            problems.add(new Problem(Field.DURATION, "must be between 0 (until stopped) and "
                    + plain(MAX_DURATION_SECONDS) + " seconds, got " + plain(durationSeconds)));
        } else if (durationSeconds > 0 && durationSeconds < MIN_DURATION_SECONDS) {
            problems.add(new Problem(Field.DURATION, "must be 0 (until stopped) or at least "
                    + plain(MIN_DURATION_SECONDS) + " seconds, got " + plain(durationSeconds)));
        }
        if (!rates.none() && rates.count() != vms) {
            problems.add(new Problem(Field.RATES, "lists " + rates.count() + " rate" + (rates.count() == 1 ? "" : "s")
                    + " for " + vms + " VMs: give one per VM"));
        }
        for (int vm = 0; vm < rates.count(); vm++) {
            if (rates.of(vm) < MIN_RATE || rates.of(vm) > MAX_RATE) {
                problems.add(new Problem(Field.RATES, "must list rates between " + MIN_RATE + " and " + MAX_RATE
                        + " ticks per second, got " + rates.of(vm) + " for VM " + vm));
                break;
            }
        }
        if (clockSkew.highestVm() >= vms) {
            problems.add(new Problem(Field.CLOCK_SKEW, "names VM " + clockSkew.highestVm() + ", but the VMs are 0.."
                    + (vms - 1)));
        }
        return problems;
    }

    /** {@link #check()} as command-line messages. */
    public List<String> problems() {
        return check().stream().map(Problem::forCommandLine).toList();
    }

    /** Throws with the first problem, for code paths that must never start a run with bad settings. */
    public RunSettings requireValid() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return this;
    }

    public boolean runsUntilStopped() {
        return durationSeconds == 0;
    }

    public RunSettings withDuration(double seconds) {
        return new RunSettings(vms, seed, rateMin, rateMax, maxValue, speed, seconds, clockSkew, rates);
    }

    public RunSettings withSeed(long newSeed) {
        return new RunSettings(vms, newSeed, rateMin, rateMax, maxValue, speed, durationSeconds, clockSkew, rates);
    }

    public RunSettings withClockSkew(ClockSkew skew) {
        return new RunSettings(vms, seed, rateMin, rateMax, maxValue, speed, durationSeconds, skew, rates);
    }

    public RunSettings withRates(FixedRates fixed) {
        return new RunSettings(vms, seed, rateMin, rateMax, maxValue, speed, durationSeconds, clockSkew, fixed);
    }

    /** Probability that a draw is an internal event: values 4..maxValue out of 1..maxValue. */
    public double internalEventProbability() {
        return Math.max(0, maxValue - 3) / (double) maxValue;
    }

    /** The seed of VM {@code vmId}. */
    public long vmSeed(int vmId) {
        return Seeds.forVm(seed, vmId);
    }

    private static void checkRate(List<Problem> problems, Field field, int rate) {
        if (rate < MIN_RATE || rate > MAX_RATE) {
            problems.add(new Problem(field, "must be between " + MIN_RATE + " and " + MAX_RATE
                    + " ticks per second, got " + rate));
        }
    }

    /** A number as people write it: 1, 2.5, 0.01 (never 1.0 or 1E4). */
    public static String plain(double value) {
        if (Double.compare(value, -0.0) == 0) {
            return "-0";
        }
        // Beyond these, plain digits would run to hundreds of characters (1e-300): Java's own notation instead.
        if (!Double.isFinite(value) || value != 0 && (Math.abs(value) < 1e-6 || Math.abs(value) >= 1e15)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
