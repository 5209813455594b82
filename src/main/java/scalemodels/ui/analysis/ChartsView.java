package scalemodels.ui.analysis;

import java.awt.Paint;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
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
    private boolean dark;

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
                JFreeChart chart = RunCharts.chart(entry.getKey(), latest);
                if (dark) {
                    darken(chart);
                }
                entry.getValue().setChart(chart);
            }
            drawn = latest;
        }
    }

    /**
     * JFreeChart's own dark theme (backgrounds, axes, grid, text), with each series given its own colour back: a
     * theme repaints the series too, and a VM's line must keep its lane's colour.
     */
    private static void darken(JFreeChart chart) {
        Map<Integer, Paint> own = new HashMap<>();
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int s = 0; s < xy.getSeriesCount(); s++) {
                own.put(s, xy.getRenderer().getSeriesPaint(s));
            }
        } else if (chart.getPlot() instanceof CategoryPlot category && category.getDataset() != null) {
            for (int s = 0; s < category.getDataset().getRowCount(); s++) {
                own.put(s, category.getRenderer().getSeriesPaint(s));
            }
        }
        StandardChartTheme.createDarknessTheme().apply(chart);
        own.forEach((series, paint) -> {
            if (paint != null) {
                if (chart.getPlot() instanceof XYPlot xy) {
                    xy.getRenderer().setSeriesPaint(series, paint);
                } else if (chart.getPlot() instanceof CategoryPlot category) {
                    category.getRenderer().setSeriesPaint(series, paint);
                }
            }
        });
    }

    /** The window's theme: the charts are drawn again in it. */
    public void setDark(boolean isDark) {
        if (dark != isDark) {
            dark = isDark;
            drawn = null;
            frame();
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
