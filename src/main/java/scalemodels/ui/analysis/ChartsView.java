package scalemodels.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Series;

/**
 * The Charts area: logical clock against real time, drift, queue length and the jump histogram, one line per VM.
 * Fed a fresh {@link RunAnalysis} a few times a second at most; charts draw no symbols and do not animate.
 */
public final class ChartsView extends GridPane {
    private RunAnalysis latest;
    private RunAnalysis drawn;
    private final LineChart<Number, Number> clocks = lineChart("Lamport clock against real time", "Lamport clock");
    private final LineChart<Number, Number> drift = lineChart("Drift: behind the highest clock", "clock values");
    private final LineChart<Number, Number> queues = lineChart("Queue length", "messages waiting");
    private final BarChart<String, Number> jumps;

    public ChartsView() {
        setId("charts");
        getStyleClass().add("charts");
        CategoryAxis jumpAxis = new CategoryAxis();
        jumpAxis.setLabel("clock jump (clock minus previous clock)");
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel("events");
        jumps = new BarChart<>(jumpAxis, countAxis);
        jumps.setTitle("Clock jumps");
        jumps.setAnimated(false);
        jumps.setId("chart-jumps");
        clocks.setId("chart-clocks");
        drift.setId("chart-drift");
        queues.setId("chart-queues");
        add(clocks, 0, 0);
        add(drift, 1, 0);
        add(queues, 0, 1);
        add(jumps, 1, 1);
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
            draw(latest);
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

    private void draw(RunAnalysis analysis) {
        fill(clocks, analysis.clocks());
        fill(drift, analysis.drift());
        fill(queues, analysis.queues());
        List<XYChart.Data<String, Number>> all = new ArrayList<>();
        List<XYChart.Data<String, Number>> receives = new ArrayList<>();
        for (Map.Entry<Long, Long> e : analysis.jumps().entrySet()) {
            all.add(new XYChart.Data<>(Long.toString(e.getKey()), e.getValue()));
            receives.add(new XYChart.Data<>(Long.toString(e.getKey()),
                    analysis.receiveJumps().getOrDefault(e.getKey(), 0L)));
        }
        jumps.getData().setAll(List.of(new XYChart.Series<>("all events", FXCollections.observableList(all)),
                new XYChart.Series<>("receives", FXCollections.observableList(receives))));
    }

    public void clear() {
        latest = null;
        drawn = null;
        clocks.getData().clear();
        drift.getData().clear();
        queues.getData().clear();
        jumps.getData().clear();
    }

    /** Points shown in one chart, over all its lines (for tests). */
    public int points(String chartId) {
        XYChart<?, ?> chart = switch (chartId) {
            case "chart-clocks" -> clocks;
            case "chart-drift" -> drift;
            case "chart-queues" -> queues;
            default -> jumps;
        };
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    /** Each line's points handed over as one list: added one by one, every point was a change event. */
    private static void fill(LineChart<Number, Number> chart, List<Series> lines) {
        List<XYChart.Series<Number, Number>> series = lines.stream().map(line -> {
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(line.size());
            for (int i = 0; i < line.size(); i++) {
                points.add(new XYChart.Data<>(line.x()[i], line.y()[i]));
            }
            return new XYChart.Series<>(line.name(), FXCollections.observableList(points));
        }).toList();
        chart.getData().setAll(series);
    }

    private static LineChart<Number, Number> lineChart(String title, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds since start");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("run-chart");
        return chart;
    }
}
