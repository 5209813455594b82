package scalemodels.analysis;

import java.util.Arrays;

/**
 * Collects points in time order and keeps, per time bucket, the lowest and highest value in the order they came, so
 * a million events become at most two points per bucket without losing a peak.
 */
final class SeriesBuilder {
    private final String name;
    private final double start;
    private final double bucketWidth;
    private final int buckets;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final boolean[] used;

    SeriesBuilder(String name, double startSeconds, double endSeconds, int buckets) {
        this.name = name;
        this.start = startSeconds;
        this.buckets = buckets;
        this.bucketWidth = Math.max(1e-9, (endSeconds - startSeconds) / buckets);
        this.minX = new double[buckets];
        this.minY = new double[buckets];
        this.maxX = new double[buckets];
        this.maxY = new double[buckets];
        this.used = new boolean[buckets];
    }

    void add(double x, double y) {
        int b = (int) Math.min(buckets - 1, Math.max(0, (x - start) / bucketWidth));
        if (!used[b]) {
            used[b] = true;
            minX[b] = maxX[b] = x;
            minY[b] = maxY[b] = y;
            return;
        }
        if (y < minY[b]) {
            minY[b] = y;
            minX[b] = x;
        }
        if (y >= maxY[b]) {
            maxY[b] = y;
            maxX[b] = x;
        }
    }

    Series build() {
        double[] xs = new double[2 * buckets];
        double[] ys = new double[2 * buckets];
        int n = 0;
        for (int b = 0; b < buckets; b++) {
            if (!used[b]) {
                continue;
            }
            boolean minFirst = minX[b] <= maxX[b];
            xs[n] = minFirst ? minX[b] : maxX[b];
            ys[n++] = minFirst ? minY[b] : maxY[b];
            if (minX[b] != maxX[b]) {
                xs[n] = minFirst ? maxX[b] : minX[b];
                ys[n++] = minFirst ? maxY[b] : minY[b];
            }
        }
        return new Series(name, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }
}
