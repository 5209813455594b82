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
        double sum = 0;
        for (RunMetrics r : runs) {
            sum += value.applyAsDouble(r);
        }
        double mean = runs.isEmpty() ? 0 : sum / runs.size();
        double squares = 0;
        for (RunMetrics r : runs) {
            double d = value.applyAsDouble(r) - mean;
            squares += d * d;
        }
        double sd = runs.size() < 2 ? 0 : Math.sqrt(squares / (runs.size() - 1));
        return new double[] {mean, sd};
    }
}
