package scalemodels.timeline;


import scalemodels.rundata.LogicalLayout;

/**
 * The time axis across the top of the timeline, with a grid line down the lanes at each step: seconds since the
 * run's start at a step that leaves about 90 pixels between labels, or, on a logical axis, Lamport clock values or
 * places in the total order in whole steps.
 */
final class AxisRuler {
    private static final double[] NICE_STEPS_SECONDS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5,
        10, 15, 30, 60, 120, 300, 600, 1800, 3600};
    private static final Typeface AXIS_FONT = Typeface.regular(11);
    /** Half the width of the widest axis label ("1,800 s"): a line closer than this to the left edge is labelled
     * to its right. */
    private static final double AXIS_LABEL_ROOM = 24;

    private LogicalLayout.Axis axis = LogicalLayout.Axis.REAL_TIME;

    void setAxis(LogicalLayout.Axis shown) {
        axis = shown;
    }

    void draw(Painter gc, TimelineGeometry g, long originMicros) {
        double secondsPerPixel = g.microsPerPixel() / 1e6;
        double step = NICE_STEPS_SECONDS[NICE_STEPS_SECONDS.length - 1];
        for (double candidate : NICE_STEPS_SECONDS) {
            if (candidate / secondsPerPixel >= 90) {
                step = candidate;
                break;
            }
        }
        if (axis != LogicalLayout.Axis.REAL_TIME) {
            step = Math.max(1, step); // one clock value, or one place, per unit: no fractions
        }
        long stepMicros = Math.max(1, Math.round(step * 1e6));
        long first = Math.floorDiv(g.viewStart() - originMicros, stepMicros) * stepMicros;
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(Painter.Align.CENTER);
        gc.setTextBaseline(Painter.Baseline.CENTER);
        gc.setLineWidth(1);
        for (long t = first; originMicros + t <= g.viewEnd(); t += stepMicros) {
            double x = Math.round(g.x(originMicros + t)) + 0.5;
            gc.setStroke(Palette.GRID);
            gc.strokeLine(x, TimelineGeometry.AXIS_HEIGHT, x, g.height());
            gc.setFill(Palette.AXIS);
            // A label centred on a line near the left edge would lose its first digits ("30 s" read "0 s"): there
            // it stands right of its line; a line left of the canvas gets none.
            boolean nearLeftEdge = x < AXIS_LABEL_ROOM;
            if (x >= 0) {
                gc.setTextAlign(nearLeftEdge ? Painter.Align.LEFT : Painter.Align.CENTER);
                gc.fillText(axisLabel(t, step), nearLeftEdge ? x + 3 : x,
                        TimelineGeometry.AXIS_HEIGHT / 2);
            }
        }
    }

    private String axisLabel(long t, double step) {
        return switch (axis) {
            case REAL_TIME -> formatSeconds(t / 1e6, step);
            case LAMPORT -> "clock " + t / LogicalLayout.UNIT;
            case TOTAL_ORDER -> "#" + t / LogicalLayout.UNIT;
        };
    }

    private static String formatSeconds(double seconds, double step) {
        if (step >= 1) {
            return String.format("%.0f s", seconds);
        }
        if (step >= 0.1) {
            return String.format("%.1f s", seconds);
        }
        if (step >= 0.01) {
            return String.format("%.2f s", seconds);
        }
        return String.format("%.3f s", seconds);
    }
}
