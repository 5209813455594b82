package scalemodels.ui.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import scalemodels.diag.Threads;
import scalemodels.experiment.ExperimentConfig;
import scalemodels.experiment.ExperimentPlan;
import scalemodels.experiment.ExperimentResult;
import scalemodels.experiment.FindingsReport;
import scalemodels.experiment.ExperimentRunner;
import scalemodels.experiment.Metric;
import scalemodels.experiment.RunMetrics;
import scalemodels.model.Seeds;

/**
 * The Experiments view without its controls: the plan's fields with validation, Run and Cancel, progress, and the
 * results table (one row per metric, one column per configuration). Progress comes back through a queue that
 * {@link #frame()} drains on the FX thread.
 */
public final class ExperimentsViewModel {
    private final Path logsRoot;
    private final ConcurrentLinkedQueue<Runnable> fromWorker = new ConcurrentLinkedQueue<>();
    private final ObservableList<ExperimentConfig> configs = FXCollections.observableArrayList(
            ExperimentPlan.exercisePreset());
    private final StringProperty runs = new SimpleStringProperty("5");
    private final StringProperty duration = new SimpleStringProperty("60");
    private final StringProperty speed = new SimpleStringProperty("1");
    private final BooleanProperty simulate = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("The exercise preset: the model as written, a "
            + "smaller rate variation, fewer internal events, and both.");
    private final ObjectProperty<Path> reportDir = new SimpleObjectProperty<>();
    private final ObservableList<List<String>> results = FXCollections.observableArrayList();
    private final List<String> resultColumns = new ArrayList<>();
    private AtomicBoolean cancelled = new AtomicBoolean();

    public ExperimentsViewModel(Path logsRoot) {
        this.logsRoot = logsRoot;
    }

    /** Starts the plan on a background thread; returns false (with {@link #errorProperty()} set) when it is invalid. */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        ExperimentPlan plan;
        try {
            plan = new ExperimentPlan(List.copyOf(configs), Integer.parseInt(runs.get().strip()),
                    Double.parseDouble(duration.get().strip()), Double.parseDouble(speed.get().strip()),
                    simulate.get(), 1_000, Seeds.random());
        } catch (NumberFormatException e) {
            error.set("Runs, duration and speed must be numbers");
            return false;
        }
        List<ExperimentPlan.Problem> problems = plan.problems();
        if (!problems.isEmpty()) {
            error.set(problems.get(0).forWindow());
            return false;
        }
        error.set("");
        cancelled = new AtomicBoolean();
        AtomicBoolean stop = cancelled;
        running.set(true);
        progress.set(0);
        results.clear();
        status.set("Starting " + plan.total() + " runs...");
        Threads.start("experiment", () -> {
            try {
                Path dir = ExperimentRunner.newReportDir(logsRoot);
                ExperimentResult result = ExperimentRunner.run(plan, dir, (done, total, message) ->
                        fromWorker.add(() -> {
                            progress.set(done / (double) total);
                            status.set(message);
                        }), stop::get);
                fromWorker.add(() -> finished(plan, result));
            } catch (IOException | RuntimeException e) {
                fromWorker.add(() -> {
                    running.set(false);
                    status.set("The experiment failed: " + e.getMessage());
                });
            }
        });
        return true;
    }

    /**
     * Adds a configuration written as {@code name:rateMin-rateMax:maxValue[:vms]}; false (with the error set) when
     * it is not one, is out of range, or its name is taken.
     */
    public boolean addConfig(String spec) {
        ExperimentConfig config;
        try {
            config = ExperimentConfig.parse(spec == null ? "" : spec);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage().replace("--config ", "Configuration "));
            return false;
        }
        if (configs.stream().anyMatch(c -> c.name().equals(config.name()))) {
            error.set("A configuration named '" + config.name() + "' is already in the list");
            return false;
        }
        List<ExperimentPlan.Problem> problems = new ExperimentPlan(List.of(config), 1, 1, 1, true, 0, 0).problems();
        if (!problems.isEmpty()) {
            error.set(problems.get(0).forWindow());
            return false;
        }
        error.set("");
        configs.add(config);
        return true;
    }

    public void cancel() {
        cancelled.set(true);
        status.set("Cancelling: the run in progress is stopped, the report covers the finished runs...");
    }

    /** Applies the worker's news; FX thread, once per frame. */
    public void frame() {
        Runnable news;
        while ((news = fromWorker.poll()) != null) {
            news.run();
        }
    }

    private void finished(ExperimentPlan plan, ExperimentResult result) {
        running.set(false);
        reportDir.set(result.reportDir());
        resultColumns.clear();
        resultColumns.add("metric");
        Map<String, List<RunMetrics>> byConfig = new LinkedHashMap<>();
        plan.configs().forEach(c -> byConfig.put(c.name(), new ArrayList<>()));
        result.runs().forEach(r -> byConfig.get(r.config()).add(r));
        resultColumns.addAll(byConfig.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : Metric.ALL) {
            List<String> row = new ArrayList<>();
            row.add(metric.name() + " (" + metric.unit() + ")");
            byConfig.values().forEach(runsOfConfig -> {
                double[] m = metric.meanAndSd(runsOfConfig);
                row.add(runsOfConfig.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f ± %.2f", m[0], m[1]));
            });
            rows.add(row);
        }
        results.setAll(rows);
        progress.set(1);
        status.set((result.cancelled() ? "Cancelled after " + result.runs().size() + " runs. " : "Done: "
                + result.runs().size() + " runs. ") + "Report: " + result.reportDir().resolve("report.md")
                + (Files.exists(result.reportDir().resolve(FindingsReport.FILE))
                ? "; the published effects beside ours: " + result.reportDir().resolve(FindingsReport.FILE) : ""));
    }

    public ObservableList<ExperimentConfig> configs() {
        return configs;
    }

    public StringProperty runsProperty() {
        return runs;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty speedProperty() {
        return speed;
    }

    public BooleanProperty simulateProperty() {
        return simulate;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> reportDirProperty() {
        return reportDir;
    }

    /** Rows of the results table: metric name, then "mean ± sd" per configuration. */
    public ObservableList<List<String>> results() {
        return results;
    }

    /** Column titles of the results table. */
    public List<String> resultColumns() {
        return resultColumns;
    }
}
