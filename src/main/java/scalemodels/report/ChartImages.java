package scalemodels.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Series;
import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * PNG charts of a run, drawn with JFreeChart on the JDK's headless AWT, so the command line, the export and the
 * experiment reports make them without a display or JavaFX.
 */
public final class ChartImages {
    static final int WIDTH = 1100;
    static final int HEIGHT = 520;
    /** Messages drawn at most in a timeline image, and the real-time window it covers at most. */
    static final int TIMELINE_MESSAGES = 2_500;
    static final double TIMELINE_SECONDS = 30;
    private static final Color[] LANES = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x17becf), new Color(0x8c564b), new Color(0xe377c2), new Color(0x393b79), new Color(0x637939),
        new Color(0x8c6d31), new Color(0x843c39), new Color(0x7b4173), new Color(0x3182bd), new Color(0x31a354),
        new Color(0x756bb1),
    };

    private ChartImages() {
    }

    /** Writes clocks.png, drift.png, queues.png and jumps.png into {@code dir}; returns their file names. */
    public static List<String> writeCharts(RunAnalysis analysis, Path dir) throws IOException {
        save(lines("Lamport clock against real time", "Lamport clock", analysis.clocks()), dir.resolve("clocks.png"));
        save(lines("Drift: how far each clock is behind the highest clock", "clock values behind",
                analysis.drift()), dir.resolve("drift.png"));
        save(lines("Queue length against real time", "messages waiting", analysis.queues()),
                dir.resolve("queues.png"));
        save(jumps(analysis.jumps(), analysis.receiveJumps()), dir.resolve("jumps.png"));
        return List.of("clocks.png", "drift.png", "queues.png", "jumps.png");
    }

    public static void writeTimeline(RunModel model, Path file) throws IOException {
        save(timeline(model), file);
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
            renderer.setSeriesPaint(i, LANES[i % LANES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        return chart;
    }

    /** Jump sizes in buckets, all events against receives only. */
    static JFreeChart jumps(Map<Long, Long> all, Map<Long, Long> receives) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long[][] buckets = {{1, 1}, {2, 2}, {3, 3}, {4, 5}, {6, 10}, {11, 20}, {21, 50}, {51, 100},
            {101, Long.MAX_VALUE}};
        for (long[] b : buckets) {
            String label = b[0] == b[1] ? Long.toString(b[0]) : b[1] == Long.MAX_VALUE ? ">" + (b[0] - 1)
                    : b[0] + "-" + b[1];
            data.addValue(sum(all, b[0], b[1]), "all events", label);
            data.addValue(sum(receives, b[0], b[1]), "receives", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Clock jumps (clock minus previous clock)", "jump",
                "events", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xdddddd));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x1f77b4));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0xff7f0e));
        return chart;
    }

    /** A space-time diagram: lanes, events by kind, and message arrows, for the first seconds of the run. */
    static JFreeChart timeline(RunModel model) {
        long start = model.isEmpty() ? 0 : model.startMicros();
        long end = Math.min(model.lastEventMicros(), start + (long) (TIMELINE_SECONDS * 1e6));
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries internal = new XYSeries("internal", false, true);
        XYSeries send = new XYSeries("send", false, true);
        XYSeries receive = new XYSeries("receive", false, true);
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < lane.size() && lane.time(i) <= end; i++) {
                double x = (lane.time(i) - start) / 1e6;
                EventType type = lane.type(i);
                if (type == EventType.INTERNAL) {
                    internal.add(x, vm, false);
                } else if (type == EventType.SEND) {
                    send.add(x, vm, false);
                } else if (type == EventType.RECEIVE) {
                    receive.add(x, vm, false);
                }
            }
        }
        data.addSeries(internal);
        data.addSeries(send);
        data.addSeries(receive);
        String[] names = new String[model.vms()];
        for (int vm = 0; vm < names.length; vm++) {
            names[vm] = "VM " + vm;
        }
        SymbolAxis lanes = new SymbolAxis("", names);
        lanes.setInverted(true);
        NumberAxis time = new NumberAxis("seconds since start");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, new Color(0x8a919e));
        renderer.setSeriesShape(1, triangle());
        renderer.setSeriesPaint(1, new Color(0x1f77b4));
        renderer.setSeriesShape(2, diamond());
        renderer.setSeriesPaint(2, new Color(0xd62728));
        XYPlot plot = new XYPlot(data, time, lanes, renderer);
        style(plot);
        addArrows(plot, model, start, end);
        String title = "Space-time diagram" + (model.lastEventMicros() > end
                ? String.format(" (first %.0f s)", TIMELINE_SECONDS) : "");
        return new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, true);
    }

    private static void addArrows(XYPlot plot, RunModel model, long start, long end) {
        int drawn = 0;
        for (int to = 0; to < model.vms() && drawn < TIMELINE_MESSAGES; to++) {
            LaneData lane = model.lane(to);
            for (int i = 0; i < lane.size() && lane.time(i) <= end && drawn < TIMELINE_MESSAGES; i++) {
                if (lane.type(i) != EventType.RECEIVE || lane.partner(i) < 0) {
                    continue;
                }
                int from = lane.sender(i);
                double x0 = (model.lane(from).time(lane.partner(i)) - start) / 1e6;
                double x1 = (lane.time(i) - start) / 1e6;
                Color c = LANES[from % LANES.length];
                plot.addAnnotation(new XYLineAnnotation(x0, from, x1, to, new BasicStroke(0.9f),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), 150)));
                drawn++;
            }
        }
    }

    private static void style(XYPlot plot) {
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

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -4);
        p.lineTo(4, 3);
        p.lineTo(-4, 3);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -4);
        p.lineTo(4, 0);
        p.lineTo(0, 4);
        p.lineTo(-4, 0);
        p.closePath();
        return p;
    }

    static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
