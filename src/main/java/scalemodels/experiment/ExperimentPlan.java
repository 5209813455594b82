package scalemodels.experiment;

import java.util.ArrayList;
import java.util.List;

import scalemodels.model.RunSettings;

/**
 * Several configurations, each run several times for a duration, in processes or simulated. Run {@code r} of every
 * configuration uses seed {@code baseSeed + r}, so configurations are compared on the same seeds.
 *
 * @param configs         what to compare
 * @param runs            runs per configuration
 * @param durationSeconds length of each run
 * @param speed           speed multiplier of every run
 * @param simulate        virtual time in one process instead of real VM processes
 * @param delayMicros     network delay of the simulation
 * @param baseSeed        seed of run 0
 */
public record ExperimentPlan(List<ExperimentConfig> configs, int runs, double durationSeconds, double speed,
                             boolean simulate, long delayMicros, long baseSeed) {

    /**
     * The exercise's lab notebook: the model as written, then a smaller variation in clock rates, then a smaller
     * probability of internal events, then both; 5 runs of 60 s each.
     */
    public static List<ExperimentConfig> exercisePreset() {
        return List.of(
                new ExperimentConfig("as written", 3, 1, 6, 10),
                new ExperimentConfig("smaller rate variation", 3, 3, 5, 10),
                new ExperimentConfig("fewer internal events", 3, 1, 6, 5),
                new ExperimentConfig("both", 3, 3, 5, 5));
    }

    public int total() {
        return configs.size() * runs;
    }

    public RunSettings settings(ExperimentConfig config, int run) {
        return new RunSettings(config.vms(), baseSeed + run, config.rateMin(), config.rateMax(), config.maxValue(),
                speed, durationSeconds);
    }

    /** Every problem with the plan, naming the flag; empty when it can run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (configs.isEmpty()) {
            problems.add("--config: at least one configuration is needed");
        }
        if (runs < 1 || runs > 1000) {
            problems.add("--runs must be between 1 and 1000, got " + runs);
        }
        if (!(durationSeconds > 0)) {
            problems.add("--duration must be above 0 seconds for an experiment, got "
                    + RunSettings.plain(durationSeconds));
        }
        for (ExperimentConfig config : configs) {
            settings(config, 0).problems().forEach(p -> problems.add("configuration '" + config.name() + "': " + p));
        }
        return problems;
    }
}
