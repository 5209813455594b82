package scalemodels.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configuration of an experiment: what varies between the exercise's variants.
 *
 * @param name     label in the report
 * @param vms      number of VMs
 * @param rateMin  lowest tick rate
 * @param rateMax  highest tick rate
 * @param maxValue values drawn 1..maxValue (internal-event probability (maxValue - 3) / maxValue)
 */
public record ExperimentConfig(String name, int vms, int rateMin, int rateMax, int maxValue) {
    private static final Pattern SPEC = Pattern.compile("([^:]+):(\\d+)-(\\d+):(\\d+)(?::(\\d+))?");

    /** Parses {@code name:rateMin-rateMax:maxValue[:vms]}, e.g. {@code slow:1-2:10}. */
    public static ExperimentConfig parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--config '" + spec + "' is not name:rateMin-rateMax:maxValue[:vms]"
                    + " (for example slow:1-2:10)");
        }
        return new ExperimentConfig(m.group(1).strip(), m.group(5) == null ? 3 : Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d VMs, rates %d-%d ticks/s, values 1-%d (internal %.0f %%)",
                vms, rateMin, rateMax, maxValue, 100.0 * Math.max(0, maxValue - 3) / maxValue);
    }
}
