package scalemodels.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured samples, one way for every benchmark. */
public final class Percentiles {
    private Percentiles() {
    }

    public static double[] sorted(List<Double> values) {
        double[] out = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }

    public static double[] sorted(double[] values) {
        double[] out = values.clone();
        Arrays.sort(out);
        return out;
    }

    /** The value at fraction {@code p} of sorted samples; NaN when there are none (which then meets no target). */
    public static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    public static double median(double[] values) {
        return percentile(sorted(values), 0.5);
    }
}
