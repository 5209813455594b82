package scalemodels.ui.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.tinylog.Logger;

import scalemodels.analysis.RunAnalysis;
import scalemodels.rundata.RunModel;

/**
 * Keeps the charts and the summary fed without ever analysing on the FX thread: when the run changed, at most every
 * {@link #INTERVAL_NANOS} (statistics refresh at a few hertz, never per event), it takes a snapshot of the run model
 * (cheap: the lanes' arrays are shared) and analyses it on its own thread, resting in between for five times as
 * long as the last analysis took; a later frame picks the result up. A
 * million-event run takes a tenth of a second to analyse, which on the FX thread showed as a stalled window.
 */
public final class AnalysisThrottle {
    static final long INTERVAL_NANOS = 500_000_000L;
    /**
     * Rest between analyses, as a multiple of how long the last one took: the analysis thread then takes at most a
     * sixth of a core, so on a machine whose cores the VMs keep busy it does not crowd out drawing.
     */
    static final int REST_FACTOR = 5;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Result> finished = new AtomicReference<>();
    private RunModel analysed;
    private long analysedVersion = -1;
    private long lastNanos;
    private long restNanos;
    private boolean running;

    /** The analysis of {@code model} and the version it saw. */
    private record Result(RunModel model, RunAnalysis analysis, long tookNanos) {
    }

    /** FX thread, once per frame: a new analysis when one has finished since the last call, else null. */
    public RunAnalysis maybeAnalyse(RunModel model, long nowNanos) {
        if (model == null) {
            analysed = null;
            return null;
        }
        RunAnalysis fresh = null;
        Result done = finished.getAndSet(null);
        if (done != null) {
            running = false;
            restNanos = done.tookNanos * REST_FACTOR;
            lastNanos = nowNanos;
            if (done.model == model) {
                fresh = done.analysis;
            }
        }
        boolean changed = model != analysed || model.version() != analysedVersion;
        boolean due = model != analysed || nowNanos - lastNanos >= Math.max(INTERVAL_NANOS, restNanos);
        if (changed && due && !running) {
            analysed = model;
            analysedVersion = model.version();
            lastNanos = nowNanos;
            running = true;
            RunModel snapshot = model.snapshot();
            worker.execute(() -> {
                long start = System.nanoTime();
                try {
                    finished.set(new Result(model, RunAnalysis.of(snapshot), System.nanoTime() - start));
                } catch (RuntimeException e) {
                    Logger.error(e, "analysing the run failed");
                    finished.set(new Result(null, null, System.nanoTime() - start));
                }
            });
        }
        return fresh;
    }

    /** The window closes: the analysis thread ends (an analysis under way is abandoned). */
    public void shutdown() {
        worker.shutdownNow();
    }
}
