package scalemodels.timeline;

import scalemodels.event.LogEvent;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.LogicalLayout.Axis;
import scalemodels.rundata.RunModel;

/**
 * Which axis the timeline lays a run out on (real time, Lamport clock, total order) and the run as drawn on it. A
 * switch morphs from one layout to the other over {@link #MORPH_NANOS}: each event slides from its place in the
 * whole run on the old axis to its place on the new one, so one sees arrows that pointed backwards in clock values
 * straighten out. Runs above {@link #MORPH_UP_TO} events switch at once (the morph lays the run out every frame).
 */
public final class AxisLayouts {
    static final long MORPH_NANOS = 700_000_000L;
    static final long MORPH_UP_TO = 30_000;
    /** The total order of a growing run is laid out again at most this often (a pass over the run each time). */
    static final long TOTAL_ORDER_EVERY_NANOS = 250_000_000L;

    private RunModel source;
    private Axis axis = Axis.REAL_TIME;
    private LogicalLayout layout;
    private RunModel morphFrom;
    private long morphStart;
    private long morphSourceVersion;
    private long laidOutNanos;

    /** A new run keeps the axis. */
    public void setSource(RunModel run) {
        source = run;
        layout = run == null || axis == Axis.REAL_TIME ? null : new LogicalLayout(run, axis);
        morphFrom = null;
    }

    public Axis axis() {
        return axis;
    }

    /** Switches to {@code next}, morphing from what is drawn now; true when the axis changed. */
    public boolean setAxis(Axis next, long nowNanos) {
        if (next == axis) {
            return false;
        }
        RunModel before = source == null ? null : shown(nowNanos);
        axis = next;
        layout = source == null || next == Axis.REAL_TIME ? null : new LogicalLayout(source, next);
        if (before != null && !before.isEmpty() && before.events() <= MORPH_UP_TO) {
            morphFrom = before;
            morphStart = nowNanos;
            morphSourceVersion = source.version();
        }
        return true;
    }

    /** Whether a switch is still being animated: the view then redraws every frame. */
    public boolean morphing(long nowNanos) {
        return morphFrom != null && nowNanos - morphStart < MORPH_NANOS && source.version() == morphSourceVersion;
    }

    /** The run as it will be drawn once any morph has ended: itself, or its layout on the chosen axis. */
    public RunModel settled(long nowNanos) {
        return source == null ? null : layout == null ? source : layoutNow(nowNanos);
    }

    /** The run as drawn at {@code nowNanos}: the run itself, its layout on a logical axis, or a morph between two. */
    public RunModel shown(long nowNanos) {
        if (source == null) {
            return null;
        }
        RunModel target = settled(nowNanos);
        if (morphFrom == null) {
            return target;
        }
        if (!morphing(nowNanos)) {
            morphFrom = null;
            return target;
        }
        double t = (nowNanos - morphStart) / (double) MORPH_NANOS;
        return between(morphFrom, target, t * t * (3 - 2 * t));
    }

    private RunModel layoutNow(long nowNanos) {
        if (axis != Axis.TOTAL_ORDER || nowNanos - laidOutNanos >= TOTAL_ORDER_EVERY_NANOS) {
            if (layout.update()) {
                laidOutNanos = nowNanos;
            }
        }
        return layout.model();
    }

    /**
     * Each event at {@code share} of the way from its place in {@code from} to its place in {@code to}, both taken
     * relative to their whole run, in {@code to}'s units. A lane's events keep their order: both layouts keep it.
     */
    static RunModel between(RunModel from, RunModel to, double share) {
        RunModel out = new RunModel(to.vms());
        double fromStart = from.startMicros();
        double fromSpan = Math.max(1, from.lastEventMicros() - from.startMicros());
        double toStart = to.startMicros();
        double toSpan = Math.max(1, to.lastEventMicros() - to.startMicros());
        to.forEachInTimeOrder((vm, i) -> {
            LaneData a = from.lane(vm);
            LaneData b = to.lane(vm);
            double end = (b.time(i) - toStart) / toSpan;
            double begin = i < a.size() ? (a.time(i) - fromStart) / fromSpan : end;
            long time = Math.round(toStart + (begin + (end - begin) * share) * toSpan);
            LogEvent e = b.toEvent(vm, i);
            out.add(new LogEvent(time, e.vm(), e.tick(), e.clock(), e.queue(), e.detail(), e.vc()));
        });
        return out;
    }
}
