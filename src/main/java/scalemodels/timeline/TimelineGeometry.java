package scalemodels.timeline;

/**
 * The timeline's math, free of JavaFX: real time to x and back, lane to y and back, the visible time window, zoom,
 * pan and follow-live. Times are epoch microseconds; x and y are the canvas's pixels divided by the presentation
 * scale (at scale 2 everything is drawn twice as large, and the canvas holds half as many of these units).
 */
public final class TimelineGeometry {
    public static final long MIN_SPAN_MICROS = 1_000;
    public static final long MAX_SPAN_MICROS = 7L * 24 * 3600 * 1_000_000;
    public static final long DEFAULT_SPAN_MICROS = 10_000_000;
    /** Share of the width kept free right of "now" while following live. */
    static final double LIVE_MARGIN = 0.06;
    /** Share of the width kept left of the run's start while the run is young. */
    static final double LEFT_MARGIN = 0.02;
    public static final double AXIS_HEIGHT = 22;

    private double width = 1;
    private double height = 1;
    private double canvasWidth = 1;
    private double canvasHeight = 1;
    private double scale = 1;
    private int lanes = 1;
    private long viewStart;
    private long span = DEFAULT_SPAN_MICROS;
    private boolean followLive = true;
    /** The run's extent: the view never starts much before its start nor leaves its last moment behind. */
    private long runStart = Long.MIN_VALUE;
    private long runEnd = Long.MAX_VALUE;

    /** The canvas's size in pixels. */
    public void setSize(double canvasWidth, double canvasHeight) {
        this.canvasWidth = canvasWidth;
        this.canvasHeight = canvasHeight;
        this.width = Math.max(1, canvasWidth / scale);
        this.height = Math.max(1, canvasHeight / scale);
    }

    /** Presentation mode: canvas pixels per unit of x and y (1 normally; larger for a room). */
    public void setScale(double scale) {
        this.scale = scale;
        setSize(canvasWidth, canvasHeight);
    }

    public double scale() {
        return scale;
    }

    /** The same view drawn {@code factor} times larger on a canvas {@code factor} times the size (a 2x picture). */
    public TimelineGeometry scaledCopy(double factor) {
        TimelineGeometry copy = new TimelineGeometry();
        copy.scale = scale * factor;
        copy.lanes = lanes;
        copy.viewStart = viewStart;
        copy.span = span;
        copy.followLive = followLive;
        copy.runStart = runStart;
        copy.runEnd = runEnd;
        copy.setSize(canvasWidth * factor, canvasHeight * factor);
        return copy;
    }

    public void setLanes(int lanes) {
        this.lanes = Math.max(1, lanes);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public int lanes() {
        return lanes;
    }

    public long viewStart() {
        return viewStart;
    }

    public long viewEnd() {
        return viewStart + span;
    }

    public long span() {
        return span;
    }

    public boolean followsLive() {
        return followLive;
    }

    public double microsPerPixel() {
        return span / width;
    }

    public double x(long timeMicros) {
        return (timeMicros - viewStart) * width / span;
    }

    public long time(double x) {
        return viewStart + Math.round(x * span / width);
    }

    public double laneHeight() {
        return (height - AXIS_HEIGHT) / lanes;
    }

    public double laneTop(int lane) {
        return AXIS_HEIGHT + lane * laneHeight();
    }

    /** Where a lane's event glyphs and message arrows sit. */
    public double eventY(int lane) {
        return laneTop(lane) + laneHeight() * 0.42;
    }

    /** The strip under the events that shows the queue depth over time. */
    public double queueStripTop(int lane) {
        return laneTop(lane) + laneHeight() * 0.66;
    }

    public double queueStripHeight() {
        return Math.max(2, laneHeight() * 0.26);
    }

    /**
     * Where the mark of a message that never left ends (a failed or dropped send): from the send, a short way towards
     * the recipient's lane, but never out of the sender's own lane, so that it cannot be read as another VM's loss.
     *
     * @return {x, y} of the mark's end, the cross
     */
    public double[] lostMessageEnd(int from, int to, double sendX) {
        double y0 = eventY(from);
        double toward = Math.signum(eventY(to) - y0);
        double room = toward < 0 ? y0 - laneTop(from) : laneTop(from) + laneHeight() - y0;
        return new double[] {sendX + 14, y0 + toward * Math.min(Math.abs(eventY(to) - y0) * 0.35, room * 0.7)};
    }

    /** The lane under a y coordinate, or -1 above or below every lane. */
    public int laneAt(double y) {
        if (y < AXIS_HEIGHT || y >= height) {
            return -1;
        }
        int lane = (int) ((y - AXIS_HEIGHT) / laneHeight());
        return lane < lanes ? lane : -1;
    }

    /**
     * Places "now" near the right edge, called every frame while following live; while the run is younger than the
     * view, its start stays at the left edge instead of leaving empty time there.
     */
    public void followNow(long nowMicros, long runStartMicros) {
        if (followLive) {
            long startAtLeftEdge = runStartMicros - Math.round(span * LEFT_MARGIN);
            viewStart = Math.max(nowMicros - Math.round(span * (1 - LIVE_MARGIN)), startAtLeftEdge);
        }
    }

    /** Shows the window {@code [start, start + span)} (kept within the run) and stops following live. */
    public void show(long start, long newSpan) {
        followLive = false;
        span = clampSpan(newSpan);
        viewStart = start;
        keepWithinRun();
    }

    /**
     * The run's extent, updated every frame: panning and zooming stop a little before its start (no negative time)
     * and a little after "now" or its last event.
     */
    public void limitTo(long start, long end) {
        runStart = start;
        runEnd = Math.max(start, end);
        if (!followLive) {
            keepWithinRun();
        }
    }

    /** The whole run in view, with the usual margins on both sides; stops following live. */
    public void fit(long start, long end) {
        long length = Math.max(MIN_SPAN_MICROS, end - start);
        long fitted = Math.round(length / (1 - LEFT_MARGIN - LIVE_MARGIN));
        show(start - Math.round(fitted * LEFT_MARGIN), fitted);
    }

    /** A new run: the default zoom, following live, no limits until the run has events. */
    public void reset() {
        span = DEFAULT_SPAN_MICROS;
        followLive = true;
        runStart = Long.MIN_VALUE;
        runEnd = Long.MAX_VALUE;
    }

    private void keepWithinRun() {
        if (runStart == Long.MIN_VALUE) {
            return;
        }
        long earliest = runStart - Math.round(span * LEFT_MARGIN);
        long latest = Math.max(earliest, runEnd - Math.round(span * (1 - LIVE_MARGIN)));
        viewStart = Math.max(earliest, Math.min(latest, viewStart));
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code anchorX} in place. */
    public void zoom(double factor, double anchorX) {
        long anchor = time(anchorX);
        long newSpan = clampSpan(Math.round(span * factor));
        double share = anchorX / width;
        span = newSpan;
        if (!followLive) {
            viewStart = anchor - Math.round(share * newSpan);
            keepWithinRun();
        }
    }

    /** Drags the view by {@code dx} pixels (positive moves back in time) and stops following live. */
    public void panBy(double dx) {
        followLive = false;
        viewStart -= Math.round(dx * span / width);
        keepWithinRun();
    }

    public void returnToLive() {
        followLive = true;
    }

    private static long clampSpan(long value) {
        return Math.max(MIN_SPAN_MICROS, Math.min(MAX_SPAN_MICROS, value));
    }
}
