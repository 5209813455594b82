package scalemodels.experiment;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import scalemodels.model.Invocation;
import scalemodels.model.RunSettings;

/**
 * {@code findings.md} of a findings experiment: the command that made it, each published effect with our figures
 * (mean ± standard deviation over the runs) beside the published ones, the tolerance each is held to and whether it
 * holds, a chart each ({@code findings-N.png}) and the sentence that says why, pointing at the log line that shows it.
 */
public final class FindingsReport {
    public static final String FILE = "findings.md";

    private FindingsReport() {
    }

    /** The command line that makes this plan's findings again. */
    static String command(ExperimentPlan plan) {
        return Invocation.command() + " experiment --preset findings --runs " + plan.runs() + " --duration "
                + RunSettings.plain(plan.durationSeconds()) + " --speed " + RunSettings.plain(plan.speed())
                + (plan.simulate() ? " --simulate --network-delay " + RunSettings.plain(plan.delayMicros() / 1000.0)
                : "") + " --seed " + plan.baseSeed();
    }

    /** Writes {@code findings.md} and its charts into {@code dir}; returns the effects. */
    public static List<Findings.Effect> write(ExperimentPlan plan, List<RunMetrics> runs, Path dir)
            throws IOException {
        List<Findings.Effect> effects = Findings.of(runs);
        StringBuilder md = new StringBuilder("# Findings: the exercise's known effects, reproduced\n\n");
        md.append("Made by `").append(command(plan)).append("` (").append(java.time.LocalDate.now()).append("): ")
                .append(plan.runs()).append(" runs of each configuration, ")
                .append(RunSettings.plain(plan.durationSeconds())).append(" s each at speed ")
                .append(RunSettings.plain(plan.speed())).append(", ")
                .append(plan.simulate() ? "simulated in virtual time" : "in real VM processes")
                .append(", seeds ").append(plan.baseSeed()).append("..").append(plan.baseSeed() + plan.runs() - 1)
                .append(". Other implementations of the exercise published the figures beside ours; each of ours is "
                        + "held to the tolerance shown. Per-VM figures are those of the run's analysis (the Summary "
                        + "tab, `" + Invocation.command() + " analyze`). The run folders named below are in `runs/` "
                        + "beside this file; "
                        + "in real processes a rerun gives other lines (timing decides which message arrives when), "
                        + "with `--simulate` the same ones.\n\n");
        md.append("| configuration | settings |\n|---|---|\n");
        plan.configs().forEach(c -> md.append("| ").append(c.name()).append(" | ").append(c.describe()).append(" |\n"));
        int n = 0;
        for (Findings.Effect effect : effects) {
            n++;
            md.append("\n## ").append(n).append(". ").append(effect.title()).append(": ")
                    .append(effect.holds() ? "holds" : "**does not hold**").append("\n\n");
            md.append("| figure | ours (mean ± sd over the runs) | published | tolerance | |\n|---|---:|---|---|---|\n");
            for (Findings.Figure f : effect.figures()) {
                md.append("| ").append(f.what()).append(" | ").append(Findings.meanAndSd(f)).append(" | ")
                        .append(f.published()).append(" | ").append(Findings.tolerance(f)).append(" | ")
                        .append(f.high() == Double.MAX_VALUE ? "" : f.holds() ? "holds" : "**outside**")
                        .append(" |\n");
            }
            String chart = "findings-" + n + ".png";
            chart(effect, dir.resolve(chart));
            md.append("\n![").append(effect.title()).append("](").append(chart).append(")\n\n")
                    .append(effect.explanation()).append('\n');
        }
        Files.writeString(dir.resolve(FILE), md, StandardCharsets.UTF_8);
        return effects;
    }

    /** Ours (with an error bar of one sd) beside the published figure, one pair of bars per figure. */
    private static void chart(Findings.Effect effect, Path file) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Findings.Figure f : effect.figures()) {
            String category = shortName(f.what());
            data.add(f.mean(), f.sd(), "ours", category);
            data.add(Double.isNaN(f.value()) ? (f.high() == Double.MAX_VALUE ? 0 : (f.low() + f.high()) / 2)
                    : f.value(), Double.isNaN(f.value()) && f.high() != Double.MAX_VALUE ? (f.high() - f.low()) / 2 : 0,
                    "published", category);
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setSeriesPaint(0, new Color(0x0072b2));
        renderer.setSeriesPaint(1, new Color(0xb0b7c3));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("(error bars: one sd; a published range: its span)"),
                new NumberAxis(), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(effect.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 420);
    }

    private static String shortName(String what) {
        String s = what.replace("mean clock jump of the ", "jump, ").replace("longest queue of the ", "longest queue, ")
                .replace("mean queue of the ", "mean queue, ").replace(" (clock values)", "");
        return s.length() > 48 ? s.substring(0, 45) + "..." : s.toLowerCase(Locale.ROOT).isEmpty() ? what : s;
    }
}
