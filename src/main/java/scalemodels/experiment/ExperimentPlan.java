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

    /**
     * The effects other implementations of the exercise published, set up to be reproduced ({@link Findings}): VMs
     * at 1, 3 and 6 ticks/s (clock jumps by rate, the slow VM's queue), one VM at 1 and two at 8 (the bottleneck's
     * queue), and three at 3 (drift when rates are equal).
     */
    public static List<ExperimentConfig> findingsPreset() {
        return List.of(
                ExperimentConfig.fixed(Findings.RATES_1_3_6, 10, 1, 3, 6),
                ExperimentConfig.fixed(Findings.BOTTLENECK, 10, 1, 8, 8),
                ExperimentConfig.fixed(Findings.EQUAL, 10, 3, 3, 3));
    }

    public int total() {
        return configs.size() * runs;
    }

    public RunSettings settings(ExperimentConfig config, int run) {
        return new RunSettings(config.vms(), baseSeed + run, config.rateMin(), config.rateMax(), config.maxValue(),
                speed, durationSeconds).withRates(config.rates());
    }

    /**
     * One thing wrong with a plan: which setting (by its command-line flag), of which configuration if it is one of
     * a configuration's, and what is wrong.
     *
     * @param config the configuration's name, or null for the plan's own settings
     * @param flag   the setting's flag, {@code --runs}
     * @param text   what is wrong, to follow the setting's name: "must be between 1 and 1000, got 0"
     */
    public record Problem(String config, String flag, String text) {
        /** As the command line says it, naming the flag: "configuration 'a': --vms must be ...". */
        public String forCommandLine() {
            return prefix() + flag + (text.startsWith(":") ? "" : " ") + text;
        }

        /** As the window says it, naming the setting without the dashes: "configuration 'a': vms must be ...". */
        public String forWindow() {
            return prefix() + flag.substring(2) + (text.startsWith(":") ? "" : " ") + text;
        }

        private String prefix() {
            return config == null ? "" : "configuration '" + config + "': ";
        }
    }

    /** Every problem with the plan; empty when it can run. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (configs.isEmpty()) {
            problems.add(new Problem(null, "--config", ": at least one configuration is needed"));
        }
        if (runs < 1 || runs > 1000) {
            problems.add(new Problem(null, "--runs", "must be between 1 and 1000, got " + runs));
        }
        if (!(durationSeconds > 0)) {
            problems.add(new Problem(null, "--duration", "must be above 0 seconds for an experiment, got "
                    + RunSettings.plain(durationSeconds)));
        }
        for (ExperimentConfig config : configs) {
            for (RunSettings.Problem p : settings(config, 0).check()) {
                problems.add(new Problem(config.name(), p.field().flag(), p.text()));
            }
        }
        return problems;
    }
}
