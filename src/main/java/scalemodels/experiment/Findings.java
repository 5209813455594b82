package scalemodels.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.VmStats;
import scalemodels.log.LogParseException;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

/**
 * The effects other implementations of the exercise published, measured on the runs of the findings preset
 * ({@link ExperimentPlan#findingsPreset()}): each with our mean and standard deviation over the runs beside the
 * published figure, the tolerance it is held to, whether it holds, and a sentence pointing at the event log lines
 * that show it. {@link FindingsReport} writes them as {@code findings.md} with a chart each.
 */
public final class Findings {
    public static final String RATES_1_3_6 = "rates 1,3,6";
    public static final String BOTTLENECK = "bottleneck 1,8,8";
    public static final String EQUAL = "equal 3,3,3";

    /**
     * One figure of an effect.
     *
     * @param what      what is measured ("mean clock jump of the VM at 1 tick/s")
     * @param published the published figure, as published ("about 4.05")
     * @param value     the published figure as a number to chart beside ours (NaN for a range, or none)
     * @param mean      our mean over the runs
     * @param sd        our sample standard deviation
     * @param low       the tolerance's lower end
     * @param high      its upper end
     */
    public record Figure(String what, String published, double value, double mean, double sd, double low,
                         double high) {
        public boolean holds() {
            return mean >= low && mean <= high;
        }
    }

    /**
     * One published effect.
     *
     * @param title       the effect, as a sentence
     * @param figures     its figures
     * @param explanation why it happens, and where in the event log to see it
     */
    public record Effect(String title, List<Figure> figures, String explanation) {
        public boolean holds() {
            return figures.stream().allMatch(Figure::holds);
        }
    }

    private Findings() {
    }

    /** The effects measured on {@code runs} (of the findings preset); an effect without its runs is left out. */
    public static List<Effect> of(List<RunMetrics> runs) throws IOException {
        List<Effect> effects = new ArrayList<>();
        List<Analysed> rates = analysed(runs, RATES_1_3_6);
        List<Analysed> bottleneck = analysed(runs, BOTTLENECK);
        List<Analysed> equal = analysed(runs, EQUAL);
        if (!rates.isEmpty()) {
            effects.add(new Effect("A VM's clock jumps further the slower it ticks", List.of(
                    within(rates, "mean clock jump of the VM at 1 tick/s", "about 4.05", 4.05, 0.2, vm(0, VmStats::meanJump)),
                    within(rates, "mean clock jump of the VM at 3 ticks/s", "about 1.96", 1.96, 0.2, vm(1, VmStats::meanJump)),
                    within(rates, "mean clock jump of the VM at 6 ticks/s", "about 1.0", 1.0, 0.2, vm(2, VmStats::meanJump))),
                    Evidence.largestJump(rates.get(0))));
            effects.add(new Effect("A slow VM's queue grows when the fastest runs at 5-6 ticks/s", List.of(
                    figure(rates, "longest queue of the VM at 1 tick/s", "17 to 55 within 60 s", 17, 55,
                            vm(0, s -> s.maxQueue()))),
                    Evidence.longestQueue(rates.get(0), 0)));
        }
        if (!bottleneck.isEmpty()) {
            effects.add(new Effect("One VM at 1 tick/s against two at 8 is a bottleneck: its queue builds up", List.of(
                    within(bottleneck, "mean queue of the VM at 1 tick/s", "about 46", 46, 0.3, vm(0, VmStats::meanQueue)),
                    within(bottleneck, "longest queue of the VM at 1 tick/s", "near 112", 112, 0.3,
                            vm(0, s -> s.maxQueue()))),
                    Evidence.longestQueue(bottleneck.get(0), 0)));
        }
        if (!equal.isEmpty() && !rates.isEmpty()) {
            double unequal = meanOf(rates, a -> a.metrics().maxDrift());
            effects.add(new Effect("Equal rates give almost no drift", List.of(
                    figure(equal, "largest drift between VMs at 3, 3 and 3 ticks/s (clock values)",
                            "almost none", 0, 0, Math.max(3, 0.1 * unequal), a -> a.metrics().maxDrift()),
                    figure(rates, "the same at 1, 3 and 6 ticks/s, for comparison", "(not published)", 0,
                            Double.MAX_VALUE, a -> a.metrics().maxDrift())),
                    Evidence.drift(equal.get(0), rates.get(0))));
        }
        return effects;
    }

    /** A run of the preset with its model and analysis. */
    record Analysed(RunMetrics metrics, RunModel model, RunAnalysis analysis) {
    }

    private static List<Analysed> analysed(List<RunMetrics> runs, String config) throws IOException {
        List<Analysed> found = new ArrayList<>();
        for (RunMetrics run : runs) {
            if (run.config().equals(config)) {
                try {
                    RunModel model = RunLoader.load(run.folder());
                    found.add(new Analysed(run, model, RunAnalysis.of(model)));
                } catch (LogParseException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        return found;
    }

    private static ToDoubleFunction<Analysed> vm(int vm, ToDoubleFunction<VmStats> figure) {
        return a -> figure.applyAsDouble(a.analysis().vms().get(vm));
    }

    /** Within {@code share} of the published {@code value}. */
    private static Figure within(List<Analysed> runs, String what, String published, double value, double share,
                                 ToDoubleFunction<Analysed> figure) {
        return figure(runs, what, published, value, value * (1 - share), value * (1 + share), figure);
    }

    private static Figure figure(List<Analysed> runs, String what, String published, double low, double high,
                                 ToDoubleFunction<Analysed> figure) {
        return figure(runs, what, published, Double.NaN, low, high, figure);
    }

    private static Figure figure(List<Analysed> runs, String what, String published, double value, double low,
                                 double high, ToDoubleFunction<Analysed> figure) {
        double[] m = Metric.meanAndSd(runs.stream().mapToDouble(figure).toArray());
        return new Figure(what, published, value, m[0], m[1], low, high);
    }

    private static double meanOf(List<Analysed> runs, ToDoubleFunction<Analysed> figure) {
        return runs.stream().mapToDouble(figure).average().orElse(0);
    }

    /** "4.12 ± 0.21". */
    static String meanAndSd(Figure f) {
        return String.format(Locale.ROOT, "%.2f ± %.2f", f.mean(), f.sd());
    }

    /** The tolerance as the report states it. */
    static String tolerance(Figure f) {
        if (f.high() == Double.MAX_VALUE) {
            return "-";
        }
        return String.format(Locale.ROOT, "%s to %s", trim(f.low()), trim(f.high()));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
