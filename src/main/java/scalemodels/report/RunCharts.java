package scalemodels.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Series;
import scalemodels.timeline.LaneColours;

/**
 * The charts of a run, defined once: the window shows these very charts (in JFreeChart's JavaFX viewer) and the
 * export writes them as PNG, so both have the same lines, titles and VM colours ({@link LaneColours}).
 */
public final class RunCharts {
    /** Jump sizes shown one by one up to 10, then in ranges. */
    private static final long[][] JUMP_BUCKETS = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {7, 7}, {8, 8},
        {9, 9}, {10, 10}, {11, 20}, {21, 50}, {51, 100}, {101, Long.MAX_VALUE}};

    /** The charts there are, each with the id it has in the window and the file name it is exported as. */
    public enum Kind {
        CLOCKS("chart-clocks", "clocks.png"),
        DRIFT("chart-drift", "drift.png"),
        QUEUES("chart-queues", "queues.png"),
        JUMPS("chart-jumps", "jumps.png");

        private final String id;
        private final String file;

        Kind(String id, String file) {
            this.id = id;
            this.file = file;
        }

        public String id() {
            return id;
        }

        public String file() {
            return file;
        }
    }

    private RunCharts() {
    }

    public static JFreeChart chart(Kind kind, RunAnalysis analysis) {
        return switch (kind) {
            case CLOCKS -> lines("Lamport clock against real time", "Lamport clock", analysis.clocks());
            case DRIFT -> lines("Drift: how far each clock is behind the highest clock", "clock values behind",
                    analysis.drift());
            case QUEUES -> lines("Queue length against real time", "messages waiting", analysis.queues());
            case JUMPS -> jumps(analysis.jumps(), analysis.receiveJumps());
        };
    }

    /** Data points (line points, or bars) a chart holds, over all its series. */
    public static int points(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot) {
            int total = 0;
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                total += plot.getDataset().getItemCount(s);
            }
            return total;
        }
        var data = chart.getCategoryPlot().getDataset();
        return data.getRowCount() * data.getColumnCount();
    }

    static JFreeChart lines(String title, String yLabel, List<Series> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.size(); i++) {
                xy.add(s.x()[i], s.y()[i], false);
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds since start", yLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(plot);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, LaneColours.awt(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        return chart;
    }

    /** Jump sizes in buckets, all events against receives only. */
    static JFreeChart jumps(Map<Long, Long> all, Map<Long, Long> receives) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (long[] b : JUMP_BUCKETS) {
            String label = b[0] == b[1] ? Long.toString(b[0]) : b[1] == Long.MAX_VALUE ? ">" + (b[0] - 1)
                    : b[0] + "-" + b[1];
            data.addValue(sum(all, b[0], b[1]), "all events", label);
            data.addValue(sum(receives, b[0], b[1]), "receives", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Clock jumps (clock minus previous clock)", "jump",
                "events", data, PlotOrientation.VERTICAL, true, false, false);
        // Range labels ("11-20", ">100") are wider than their bars in the window: slanted, they neither overlap nor
        // shrink to "...".
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setBarPainter(new StandardBarPainter());
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setShadowVisible(false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xdddddd));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(LaneColours.NEUTRAL));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0xf0a202));
        return chart;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
    }

    private static long sum(Map<Long, Long> histogram, long from, long to) {
        long total = 0;
        for (Map.Entry<Long, Long> e : histogram.entrySet()) {
            if (e.getKey() >= from && e.getKey() <= to) {
                total += e.getValue();
            }
        }
        return total;
    }
}
