package scalemodels.analysis;

/**
 * One line of a chart: x in seconds since the run started, y a value; at most a few thousand points, reduced by
 * keeping each bucket's extremes so that peaks survive.
 *
 * @param name label of the line (e.g. "VM 0")
 * @param x    seconds since the start of the run
 * @param y    values
 */
public record Series(String name, double[] x, double[] y) {
    public int size() {
        return x.length;
    }
}
