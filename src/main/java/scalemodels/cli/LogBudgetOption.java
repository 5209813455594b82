package scalemodels.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import scalemodels.log.LogBudget;
import scalemodels.model.RunSettings;

/** {@code --max-log-size}, for every command that starts runs: the {@link LogBudget} of this process. */
final class LogBudgetOption {
    @Option(names = "--max-log-size", paramLabel = "SIZE", defaultValue = "2G",
            description = "Refuse a run whose logs are estimated above this (500M, 2G, 1.5G; default: "
                    + "${DEFAULT-VALUE}) or above the free space where they go.")
    String maxLogSize = "2G";

    /** Sets this process's limit; a size that is no size is a usage error. */
    void apply() {
        try {
            LogBudget.setLimit(LogBudget.parseSize(maxLogSize));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--max-log-size " + e.getMessage());
        }
    }

    /** A run with an end whose logs would outgrow the budget is refused before anything starts. */
    void check(RunSettings settings, Path logs) {
        String refused = LogBudget.refusal(settings, logs);
        if (refused != null) {
            throw new UsageException(refused);
        }
    }
}
