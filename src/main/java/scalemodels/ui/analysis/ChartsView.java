package scalemodels.ui.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import scalemodels.analysis.RunAnalysis;
import scalemodels.report.RunCharts;

/**
 * The Charts tab's controller (ChartsPanel.fxml): the run's charts as {@link RunCharts} defines them for the export
 * too (logical clock against real time, drift, queue length, clock jumps), shown in JFreeChart's JavaFX viewer, so
 * the window and the exported images are the same charts in the same VM colours. Fed a fresh {@link RunAnalysis} a
 * few times a second at most, and redrawn only while on screen.
 */
public final class ChartsView {
    @FXML private GridPane grid;
    @FXML private StackPane clocksCell;
    @FXML private StackPane driftCell;
    @FXML private StackPane queuesCell;
    @FXML private StackPane jumpsCell;
    private final Map<RunCharts.Kind, ChartViewer> viewers = new EnumMap<>(RunCharts.Kind.class);
    private RunAnalysis latest;
    private RunAnalysis drawn;

    @FXML
    private void initialize() {
        List<StackPane> cells = List.of(clocksCell, driftCell, queuesCell, jumpsCell);
        for (RunCharts.Kind kind : RunCharts.Kind.values()) {
            ChartViewer viewer = new ChartViewer(null, true);
            viewer.setId(kind.id());
            viewers.put(kind, viewer);
            cells.get(kind.ordinal()).getChildren().add(viewer);
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
        if (grid.getScene() == null) {
            return false;
        }
        for (Node n = grid; n != null; n = n.getParent()) {
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

    /** The chart shown for {@code kind}, or null before a run is shown. */
    public JFreeChart chart(RunCharts.Kind kind) {
        return viewers.get(kind).getChart();
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
