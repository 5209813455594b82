package scalemodels.supervisor;

import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import scalemodels.event.LogEvent;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;

/**
 * The start line each VM opens its log with, made as the VM makes it (its rate and seed drawn from the run's seed,
 * stamped at the common start instant by its own clock), for a VM killed before it wrote it ({@link CrashLine}).
 */
final class StartLines implements IntFunction<LogEvent> {
    private final RunSettings settings;
    private final LongSupplier startMicros;

    /** @param startMicros the run's start instant, 0 until the clocks start */
    StartLines(RunSettings settings, LongSupplier startMicros) {
        this.settings = settings;
        this.startMicros = startMicros;
    }

    /** Whether the clocks have started. */
    boolean started() {
        return startMicros.getAsLong() != 0;
    }

    /** VM {@code vm}'s start line; null before the clocks started (no VM has one then). */
    @Override
    public LogEvent apply(int vm) {
        long start = startMicros.getAsLong();
        if (start == 0) {
            return null;
        }
        return new VmLogic(vm, settings).startEvent(settings.clockSkew().stamp(vm, start, start), settings.speed());
    }
}
