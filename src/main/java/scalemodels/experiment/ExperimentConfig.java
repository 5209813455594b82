package scalemodels.experiment;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.model.FixedRates;

/**
 * One configuration of an experiment: how many VMs, their rates (a range each VM draws from, or a rate fixed per
 * VM) and the largest action value.
 *
 * @param name     what the report calls it
 * @param vms      how many VMs
 * @param rateMin  lowest rate a VM may draw (with fixed rates: the lowest of them)
 * @param rateMax  highest rate a VM may draw (with fixed rates: the highest of them)
 * @param maxValue each action draws 1..maxValue
 * @param rates    each VM's rate, fixed instead of drawn ({@link FixedRates#NONE}: drawn)
 */
public record ExperimentConfig(String name, int vms, int rateMin, int rateMax, int maxValue, FixedRates rates) {
    private static final Pattern SPEC = Pattern.compile("([^:]+):(?:(\\d+)-(\\d+)|(\\d+(?:,\\d+)+)):(\\d+)(?::(\\d+))?");

    public ExperimentConfig {
        rates = rates == null ? FixedRates.NONE : rates;
    }

    /** A configuration whose VMs draw their rates from {@code rateMin..rateMax}. */
    public ExperimentConfig(String name, int vms, int rateMin, int rateMax, int maxValue) {
        this(name, vms, rateMin, rateMax, maxValue, FixedRates.NONE);
    }

    /** A configuration with one VM per rate in {@code rates}, each at its rate. */
    public static ExperimentConfig fixed(String name, int maxValue, int... rates) {
        return new ExperimentConfig(name, rates.length, Arrays.stream(rates).min().orElse(1),
                Arrays.stream(rates).max().orElse(1), maxValue, FixedRates.of(rates));
    }

    /**
     * Parses {@code name:rateMin-rateMax:maxValue[:vms]} (rates drawn, e.g. {@code slow:1-2:10}) or
     * {@code name:r0,r1,...:maxValue} (one fixed rate per VM, e.g. {@code bottleneck:1,8,8:10}).
     */
    public static ExperimentConfig parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--config '" + spec + "' is not name:rateMin-rateMax:maxValue[:vms] "
                    + "nor name:r0,r1,...:maxValue (for example slow:1-2:10 or bottleneck:1,8,8:10)");
        }
        String name = m.group(1).strip();
        int maxValue = Integer.parseInt(m.group(5));
        if (m.group(4) != null) {
            ExperimentConfig fixed = fixed(name, maxValue, FixedRates.parse(m.group(4)).toArray());
            // A VM count given as well must match the rates (the plan's check says so in the rates' own words).
            return m.group(6) == null ? fixed : new ExperimentConfig(name, Integer.parseInt(m.group(6)),
                    fixed.rateMin(), fixed.rateMax(), maxValue, fixed.rates());
        }
        return new ExperimentConfig(name, m.group(6) == null ? 3 : Integer.parseInt(m.group(6)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), maxValue);
    }

    public String describe() {
        String rateText = rates.none() ? "rates " + rateMin + "-" + rateMax : "rates " + rates + " (fixed)";
        return String.format(java.util.Locale.ROOT, "%d VMs, %s ticks/s, values 1-%d (internal %.0f %%)",
                vms, rateText, maxValue, 100.0 * Math.max(0, maxValue - 3) / maxValue);
    }
}
