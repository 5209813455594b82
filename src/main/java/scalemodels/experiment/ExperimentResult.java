package scalemodels.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * What an experiment produced.
 *
 * @param reportDir where report.md, the CSV tables, the charts and the run folders are
 * @param runs      the figures of every finished run
 * @param cancelled whether it was cancelled before every run finished (the report covers the finished ones)
 */
public record ExperimentResult(Path reportDir, List<RunMetrics> runs, boolean cancelled) {
}
