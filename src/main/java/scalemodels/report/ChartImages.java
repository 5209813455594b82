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

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import scalemodels.analysis.RunAnalysis;
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
    private ChartImages() {
    }

    /** Writes clocks.png, drift.png, queues.png and jumps.png ({@link RunCharts}) into {@code dir}; their names. */
    public static List<String> writeCharts(RunAnalysis analysis, Path dir) throws IOException {
        List<String> files = new java.util.ArrayList<>();
        for (RunCharts.Kind kind : RunCharts.Kind.values()) {
            save(RunCharts.chart(kind, analysis), dir.resolve(kind.file()));
            files.add(kind.file());
        }
        return files;
    }

    public static void writeTimeline(RunModel model, Path file) throws IOException {
        save(timeline(model), file);
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
        renderer.setSeriesPaint(0, new Color(LaneColours.NEUTRAL));
        renderer.setSeriesShape(1, triangle());
        renderer.setSeriesPaint(1, new Color(0x1f77b4));
        renderer.setSeriesShape(2, diamond());
        renderer.setSeriesPaint(2, new Color(0xd62728));
        XYPlot plot = new XYPlot(data, time, lanes, renderer);
        RunCharts.style(plot);
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
                Color c = LaneColours.awt(from);
                plot.addAnnotation(new XYLineAnnotation(x0, from, x1, to, new BasicStroke(0.9f),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), 150)));
                drawn++;
            }
        }
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
