package scalemodels.ui.timeline;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Label;

import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.ConsistentCut;
import scalemodels.rundata.CutExplanation;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.CutLayer;
import scalemodels.timeline.TimelineGeometry;

/**
 * A cut across the lanes, placed with C (at the pointer, else mid-view), dragged whole by its line or lane by lane
 * by its handles, snapped with S to the latest consistent cut before it, cleared with Esc. The cut is kept as each
 * VM's frontier (events inside), so it stays the same cut on every axis; the details panel tells whether it is
 * consistent and the global state it captures.
 */
public final class CutTool {
    /** How near (pixels) a press must be to the cut's line, or to a lane's handle, to take hold of it. */
    static final double GRAB = 6;
    /** Backwards messages drawn at most. */
    static final int DRAWN_CROSSINGS = 50;

    private final Label details;
    private final TimelineGeometry geometry;
    private final Supplier<RunModel> shown;
    private final Supplier<RunModel> source;
    private ConsistentCut cut;
    /** Taken when the cut was placed or moved, not every frame: a silent channel makes the check a lane's length. */
    private List<ConsistentCut.Crossing> crossings = List.of();
    /** The run's causal order, kept while the run is unchanged (derived vectors are a pass over the run). */
    private CausalOrder order;
    private long orderVersion = -1;
    /** While dragging: the lane whose handle was taken, or -1 for the whole line; -2 when not dragging. */
    private int held = -2;

    CutTool(Label details, TimelineGeometry geometry, Supplier<RunModel> shown, Supplier<RunModel> source) {
        this.details = details;
        this.geometry = geometry;
        this.shown = shown;
        this.source = source;
    }

    public ConsistentCut cut() {
        return cut;
    }

    /** The messages that cross the cut backwards (at most {@link #DRAWN_CROSSINGS}), as of its last move. */
    List<ConsistentCut.Crossing> crossings() {
        return crossings;
    }

    public void clear() {
        cut = null;
        crossings = List.of();
        order = null;
        held = -2;
    }

    /** C: a vertical cut at canvas x. */
    public void placeAt(double x) {
        RunModel run = shown.get();
        if (run != null && !run.isEmpty()) {
            show(ConsistentCut.at(run, geometry.time(x)).frontier());
        }
    }

    /** S: the latest consistent cut before this one. */
    public void snap() {
        if (cut != null) {
            show(cut.latestConsistentBefore().frontier());
        }
    }

    /** A press: takes hold of a lane's handle or the cut's line when it is near; false when it is not. */
    public boolean grab(double x, double y) {
        if (cut == null) {
            return false;
        }
        int lane = geometry.laneAt(y);
        if (lane < 0 || Math.abs(x(lane)) == Double.MAX_VALUE || Math.abs(x - x(lane)) > GRAB) {
            return false;
        }
        held = Math.abs(y - geometry.eventY(lane)) <= 2 * GRAB ? lane : -1;
        return true;
    }

    boolean holding() {
        return held > -2;
    }

    /** A drag: the held lane's point, or the whole cut, to canvas x. */
    public void dragTo(double x) {
        RunModel run = shown.get();
        if (run == null || held == -2) {
            return;
        }
        if (held == -1) {
            show(ConsistentCut.at(run, geometry.time(x)).frontier());
        } else {
            show(cut.withFrontier(held, run.lane(held).lastAtOrBefore(geometry.time(x)) + 1).frontier());
        }
    }

    public void release() {
        held = -2;
    }

    /** Where the cut crosses a lane: between its last event inside and its first outside. */
    public double x(int lane) {
        RunModel run = shown.get();
        if (cut == null || run == null || lane >= run.vms()) {
            return Double.MAX_VALUE;
        }
        return CutLayer.x(geometry, run, cut, lane);
    }

    private void show(int[] frontier) {
        RunModel run = source.get();
        cut = new ConsistentCut(run, frontier);
        crossings = cut.crossings(DRAWN_CROSSINGS);
        if (order == null || run.version() != orderVersion) { // a new run clears the cut, and this with it
            order = CausalOrder.of(run);
            orderVersion = run.version();
        }
        details.setText(CutExplanation.of(run, order, cut));
    }
}
