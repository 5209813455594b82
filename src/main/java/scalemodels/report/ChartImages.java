package scalemodels.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;
import scalemodels.timeline.TimelinePicture;

/**
 * PNG pictures of a run, made on the JDK's headless AWT, so the command line, the export and the experiment reports
 * make them without a display or JavaFX: charts drawn with JFreeChart, the timeline by the window's renderer.
 */
public final class ChartImages {
    static final int WIDTH = 1100;
    static final int HEIGHT = 520;

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

    /**
     * Writes {@code timeline.png}: the stretch {@code window} of the run drawn by the window's own renderer (lanes
     * named, queues, messages, faults, pauses and crashes, rule violations ringed), as wide as its events need.
     */
    public static void writeTimeline(RunModel model, TimeWindow window, List<Violation> violations, Path file)
            throws IOException {
        if (!ImageIO.write(TimelinePicture.export(model, window, violations).image(1), "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
