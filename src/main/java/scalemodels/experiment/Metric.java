package scalemodels.experiment;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A figure the experiment report compares across configurations, with its mean and spread over the runs. */
public record Metric(String name, String unit, ToDoubleFunction<RunMetrics> value) {

    public static final List<Metric> ALL = List.of(
            new Metric("mean jump", "clock values", RunMetrics::meanJump),
            new Metric("max jump", "clock values", RunMetrics::maxJump),
            new Metric("max drift", "clock values", RunMetrics::maxDrift),
            new Metric("final drift", "clock values", RunMetrics::meanFinalDrift),
            new Metric("mean queue", "messages", RunMetrics::meanQueue),
            new Metric("max queue", "messages", RunMetrics::maxQueue),
            new Metric("mean wait", "ms", RunMetrics::meanWaitMillis),
            new Metric("receive share", "of events", RunMetrics::receiveShare),
            new Metric("send share", "of events", RunMetrics::sendShare),
            new Metric("internal share", "of events", RunMetrics::internalShare),
            new Metric("violations", "rule violations", RunMetrics::violations));

    /** {mean, sample standard deviation} over the runs (sd 0 for a single run). */
    public double[] meanAndSd(List<RunMetrics> runs) {
        return meanAndSd(runs.stream().mapToDouble(value).toArray());
    }

    /** {mean, sample standard deviation} of {@code values} (sd 0 for fewer than two; mean 0 for none). */
    static double[] meanAndSd(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = values.length == 0 ? 0 : sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
        return new double[] {mean, sd};
    }
}
