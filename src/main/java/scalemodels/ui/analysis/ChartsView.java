package scalemodels.ui.analysis;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import scalemodels.analysis.RunAnalysis;
import scalemodels.report.RunCharts;

/**
 * The Charts area: the run's charts as {@link RunCharts} defines them for the export too (logical clock against real
 * time, drift, queue length, clock jumps), shown in JFreeChart's JavaFX viewer, so the window and the exported images
 * are the same charts in the same VM colours. Fed a fresh {@link RunAnalysis} a few times a second at most, and
 * redrawn only while on screen.
 */
public final class ChartsView extends GridPane {
    private final Map<RunCharts.Kind, ChartViewer> viewers = new EnumMap<>(RunCharts.Kind.class);
    private RunAnalysis latest;
    private RunAnalysis drawn;

    public ChartsView() {
        setId("charts");
        getStyleClass().add("charts");
        int cell = 0;
        for (RunCharts.Kind kind : RunCharts.Kind.values()) {
            ChartViewer viewer = new ChartViewer(null, true);
            viewer.setId(kind.id());
            viewers.put(kind, viewer);
            add(viewer, cell % 2, cell / 2);
            cell++;
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
    }

    /**
     * Takes the latest analysis; the charts are rebuilt from it only while they are on screen ({@link #frame()}),
     * since tens of thousands of chart points cost the FX thread real time.
     */
    public void show(RunAnalysis analysis) {
        latest = analysis;
        frame();
    }

    /** Once per frame: draws the latest analysis if the charts are showing and do not show it yet. */
    public void frame() {
        if (latest != null && latest != drawn && showing()) {
            for (Map.Entry<RunCharts.Kind, ChartViewer> entry : viewers.entrySet()) {
                entry.getValue().setChart(RunCharts.chart(entry.getKey(), latest));
            }
            drawn = latest;
        }
    }

    private boolean showing() {
        if (getScene() == null) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public void clear() {
        latest = null;
        drawn = null;
        viewers.values().forEach(viewer -> viewer.setChart(null));
    }

    /** Points shown in one chart, over all its lines or bars (for tests); 0 before it shows a run. */
    public int points(String chartId) {
        for (Map.Entry<RunCharts.Kind, ChartViewer> entry : viewers.entrySet()) {
            JFreeChart chart = entry.getValue().getChart();
            if (entry.getKey().id().equals(chartId)) {
                return chart == null ? 0 : RunCharts.points(chart);
            }
        }
        throw new IllegalArgumentException("no chart " + chartId);
    }
}
