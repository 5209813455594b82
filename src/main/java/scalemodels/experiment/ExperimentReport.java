package scalemodels.experiment;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import scalemodels.model.RunSettings;
import scalemodels.report.Csv;

/**
 * The experiment's report folder: {@code report.md} (plan, per-configuration means and spreads, what changed against
 * the first configuration, every run), {@code summary.csv}, {@code runs.csv} and PNG bar charts with error bars.
 */
public final class ExperimentReport {
    public static final String REPORT = "report.md";

    private ExperimentReport() {
    }

    static void write(ExperimentPlan plan, List<RunMetrics> runs, Path dir, boolean cancelled) throws IOException {
        Map<String, List<RunMetrics>> byConfig = new LinkedHashMap<>();
        for (ExperimentConfig config : plan.configs()) {
            byConfig.put(config.name(), new ArrayList<>());
        }
        runs.forEach(r -> byConfig.get(r.config()).add(r));
        writeCsv(byConfig, runs, dir);
        List<String> charts = writeCharts(byConfig, dir);
        Files.writeString(dir.resolve(REPORT), markdown(plan, byConfig, runs, charts, cancelled),
                StandardCharsets.UTF_8);
    }

    private static String markdown(ExperimentPlan plan, Map<String, List<RunMetrics>> byConfig,
                                   List<RunMetrics> runs, List<String> charts, boolean cancelled) {
        StringBuilder md = new StringBuilder("# Scale Models experiment\n\n");
        if (cancelled) {
            md.append("**Cancelled**: this report covers the ").append(runs.size()).append(" runs that finished.\n\n");
        }
        md.append(String.format(Locale.ROOT, "%d configurations x %d runs x %s s, %s, speed %s, seeds %d..%d.%n%n",
                plan.configs().size(), plan.runs(), RunSettings.plain(plan.durationSeconds()),
                plan.simulate() ? "simulated in virtual time (network delay "
                        + RunSettings.plain(plan.delayMicros() / 1000.0) + " ms)" : "real VM processes",
                RunSettings.plain(plan.speed()), plan.baseSeed(), plan.baseSeed() + plan.runs() - 1));
        md.append("| configuration | settings |\n|---|---|\n");
        plan.configs().forEach(c -> md.append("| ").append(c.name()).append(" | ").append(c.describe()).append(" |\n"));
        md.append("\n## Results (mean ± standard deviation over the runs)\n\n| metric |");
        byConfig.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|");
        byConfig.keySet().forEach(name -> md.append("---:|"));
        md.append('\n');
        for (Metric metric : Metric.ALL) {
            md.append("| ").append(metric.name()).append(" (").append(metric.unit()).append(") |");
            for (List<RunMetrics> configRuns : byConfig.values()) {
                double[] m = metric.meanAndSd(configRuns);
                md.append(configRuns.isEmpty() ? " - |" : String.format(Locale.ROOT, " %.2f ± %.2f |", m[0], m[1]));
            }
            md.append('\n');
        }
        md.append("\n## What changed against '").append(plan.configs().get(0).name()).append("'\n\n");
        md.append(changes(plan, byConfig));
        md.append("\n## Charts\n\n");
        charts.forEach(c -> md.append("![").append(c).append("](").append(c).append(")\n\n"));
        md.append("## Every run\n\n| configuration | run | seed | mean jump | max jump | max drift | mean queue | max queue "
                + "| mean wait (ms) | violations | folder |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RunMetrics r : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f | %d | %.1f | %d | %s |%n",
                    r.config(), r.run() + 1, r.seed(), r.meanJump(), r.maxJump(), r.maxDrift(), r.meanQueue(),
                    r.maxQueue(), r.meanWaitMillis(), r.violations(), r.folder().getFileName()));
        }
        md.append("\nDefinitions: a jump is the step of a VM's Lamport clock between two consecutive events; drift is "
                + "how far a VM's clock is behind the highest clock of all VMs; queue is the number of messages "
                + "waiting after an event; wait is the time from a message's send to its receive.\n");
        return md.toString();
    }

    private static String changes(ExperimentPlan plan, Map<String, List<RunMetrics>> byConfig) {
        StringBuilder out = new StringBuilder();
        List<RunMetrics> baseline = byConfig.get(plan.configs().get(0).name());
        if (baseline.isEmpty()) {
            return "No finished runs of the first configuration to compare with.\n";
        }
        for (ExperimentConfig config : plan.configs().subList(1, plan.configs().size())) {
            List<RunMetrics> runs = byConfig.get(config.name());
            if (runs.isEmpty()) {
                continue;
            }
            out.append("- **").append(config.name()).append("**: ");
            List<String> parts = new ArrayList<>();
            for (Metric metric : List.of(Metric.ALL.get(0), Metric.ALL.get(2), Metric.ALL.get(4),
                    Metric.ALL.get(9))) {
                double before = metric.meanAndSd(baseline)[0];
                double after = metric.meanAndSd(runs)[0];
                parts.add(String.format(Locale.ROOT, "%s %.2f -> %.2f (%s)", metric.name(), before, after,
                        before == 0 ? "n/a" : String.format(Locale.ROOT, "x%.2f", after / before)));
            }
            out.append(String.join("; ", parts)).append('\n');
        }
        return out.toString();
    }

    private static void writeCsv(Map<String, List<RunMetrics>> byConfig, List<RunMetrics> runs, Path dir)
            throws IOException {
        try (CSVPrinter summary = new CSVPrinter(Files.newBufferedWriter(dir.resolve("summary.csv"),
                StandardCharsets.UTF_8), Csv.FORMAT)) {
            summary.printRecord("configuration", "metric", "unit", "mean", "sd", "runs");
            for (Map.Entry<String, List<RunMetrics>> entry : byConfig.entrySet()) {
                for (Metric metric : Metric.ALL) {
                    double[] m = metric.meanAndSd(entry.getValue());
                    summary.printRecord(entry.getKey(), metric.name(), metric.unit(), decimal(m[0]), decimal(m[1]),
                            entry.getValue().size());
                }
            }
        }
        try (CSVPrinter all = new CSVPrinter(Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8),
                Csv.FORMAT)) {
            all.printRecord("configuration", "run", "seed", "folder", "mean_jump", "max_jump", "max_drift",
                    "final_drift", "mean_queue", "max_queue", "receive_share", "send_share", "internal_share",
                    "mean_wait_ms", "violations");
            for (RunMetrics r : runs) {
                all.printRecord(r.config(), r.run() + 1, r.seed(), r.folder().getFileName().toString(),
                        decimal(r.meanJump()), r.maxJump(), r.maxDrift(), decimal(r.meanFinalDrift()),
                        decimal(r.meanQueue()), r.maxQueue(), decimal(r.receiveShare()), decimal(r.sendShare()),
                        decimal(r.internalShare()), decimal(r.meanWaitMillis()), r.violations());
            }
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static List<String> writeCharts(Map<String, List<RunMetrics>> byConfig, Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        files.add(bars(dir, "jumps.png", "Clock jumps", "clock values", byConfig, Metric.ALL.get(0), Metric.ALL.get(1)));
        files.add(bars(dir, "drift.png", "Drift behind the highest clock", "clock values", byConfig,
                Metric.ALL.get(2), Metric.ALL.get(3)));
        files.add(bars(dir, "queues.png", "Queue lengths", "messages", byConfig, Metric.ALL.get(4),
                Metric.ALL.get(5)));
        files.add(bars(dir, "waits.png", "Time a message waited", "ms", byConfig, Metric.ALL.get(6)));
        files.add(mix(dir, byConfig));
        return files;
    }

    private static String bars(Path dir, String file, String title, String unit,
                               Map<String, List<RunMetrics>> byConfig, Metric... metrics) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        byConfig.forEach((name, runs) -> {
            for (Metric metric : metrics) {
                double[] m = metric.meanAndSd(runs);
                data.add(m[0], m[1], metric.name(), name);
            }
        });
        CategoryAxis configs = new CategoryAxis("configuration (mean, error bar = 1 sd)");
        configs.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xff7f0e));
        CategoryPlot plot = new CategoryPlot(data, configs, new NumberAxis(unit), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, 900, 480);
        return file;
    }

    private static String mix(Path dir, Map<String, List<RunMetrics>> byConfig) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        byConfig.forEach((name, runs) -> {
            data.addValue(Metric.ALL.get(7).meanAndSd(runs)[0], "receive", name);
            data.addValue(Metric.ALL.get(8).meanAndSd(runs)[0], "send", name);
            data.addValue(Metric.ALL.get(9).meanAndSd(runs)[0], "internal", name);
        });
        JFreeChart chart = ChartFactory.createStackedBarChart("Event mix", "configuration", "share of events", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(dir.resolve("mix.png").toFile(), chart, 900, 480);
        return "mix.png";
    }

}
