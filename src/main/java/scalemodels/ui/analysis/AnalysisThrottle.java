package scalemodels.ui.analysis;

import scalemodels.analysis.RunAnalysis;
import scalemodels.rundata.RunModel;

/**
 * Decides when the charts and the summary are worth recomputing: when the run changed, at most every
 * {@link #INTERVAL_NANOS} (statistics refresh at a few hertz, never per event).
 */
public final class AnalysisThrottle {
    static final long INTERVAL_NANOS = 500_000_000L;

    private RunModel analysed;
    private long analysedVersion = -1;
    private long lastNanos;
    private RunAnalysis latest;

    /** A new analysis when one is due, else null. */
    public RunAnalysis maybeAnalyse(RunModel model, long nowNanos) {
        if (model == null) {
            analysed = null;
            latest = null;
            return null;
        }
        boolean changed = model != analysed || model.version() != analysedVersion;
        boolean due = model != analysed || nowNanos - lastNanos >= INTERVAL_NANOS;
        if (!changed || !due) {
            return null;
        }
        analysed = model;
        analysedVersion = model.version();
        lastNanos = nowNanos;
        latest = RunAnalysis.of(model);
        return latest;
    }

    public RunAnalysis latest() {
        return latest;
    }
}
