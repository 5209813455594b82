package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.waitFor;
import static scalemodels.ui.WindowFixture.waitForText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import scalemodels.TestData;
import scalemodels.model.RunSettings;
import scalemodels.report.VmTable;
import scalemodels.sim.SimulatedRun;
import scalemodels.ui.analysis.ChartsView;
import scalemodels.ui.run.RunState;

/** Charts, Summary, Replay and Experiments through the real window. */
@WindowTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AnalysisViewsTest {
    private WindowFixture window;
    private MainWindowView view;

    @Start
    void start(Stage stage) throws IOException {
        window = WindowFixture.open(stage);
        view = window.view;
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void chartsAndSummaryShowAnOpenedRunAndItsRuleCheck(FxRobot robot) throws Exception {
        robot.interact(() -> view.runViewModel().opened().openRun(TestData.sampleLogs()));
        waitFor(30, () -> state() == RunState.REPLAY);

        robot.clickOn("Charts");
        ChartsView charts = view.charts();
        waitFor(10, () -> charts.points("chart-clocks") > 100);
        assertTrue(charts.points("chart-drift") > 100);
        assertTrue(charts.points("chart-queues") > 100);
        assertTrue(charts.points("chart-jumps") >= 2 * 11, "one bar per jump size, all and receives");
        var clockLines = charts.chart(scalemodels.report.RunCharts.Kind.CLOCKS).getXYPlot().getRenderer();
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(new java.awt.Color(scalemodels.timeline.LaneColours.rgb(vm)), clockLines.getSeriesPaint(vm),
                    "VM " + vm + "'s line has its lane's colour");
            String swatch = robot.lookup("#lane-header-" + vm + " .lane-swatch").query().getStyle();
            assertTrue(swatch.contains(scalemodels.timeline.LaneColours.css(vm)), swatch);
        }

        robot.clickOn("Summary");
        waitForText(robot, "#rule-check", "0 violations", 10);
        TableView<?> table = robot.lookup("#summary-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        List<String> shown = table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList();
        List<String> defined = new java.util.ArrayList<>(List.of(VmTable.VM.heading()));
        VmTable.GROUPS.forEach(g -> g.columns().forEach(c -> defined.add(c.heading())));
        assertEquals(defined, shown, "the Summary shows the per-VM table summary.md and the command line show");
        assertEquals("21 (7 %)", table.getVisibleLeafColumn(shown.indexOf("receive")).getCellData(0));
        assertFalse(robot.lookup("#violations-list").queryAs(ListView.class).isVisible());
    }

    @Test
    void brokenRulesAreListedAndShownOnTheTimeline(FxRobot robot) throws Exception {
        Path logs = Files.createDirectories(window.home.resolve("broken"));
        for (String name : List.of("sim1_vm0_log.txt", "sim1_vm1_log.txt", "sim1_vm2_log.txt")) {
            Files.copy(TestData.sampleLogs().resolve(name), logs.resolve(name));
        }
        Path vm1 = logs.resolve("sim1_vm1_log.txt");
        Files.writeString(vm1, Files.readString(vm1).replace("Logical Clock Time: 9\n", "Logical Clock Time: 10\n"));
        robot.interact(() -> view.runViewModel().opened().openRun(logs));
        waitFor(30, () -> state() == RunState.REPLAY);
        robot.clickOn("Summary");
        Label ruleCheck = robot.lookup("#rule-check").queryAs(Label.class);
        waitFor(10, () -> ruleCheck.getText().contains("violation"));
        assertTrue(ruleCheck.getText().matches("\\d+ violations? of Lamport's rules \\(.+: \\d+\\)\\. Pick one to see "
                + "it on the timeline\\."), "counted by rule: " + ruleCheck.getText());
        ListView<?> violations = robot.lookup("#violations-list").queryAs(ListView.class);
        assertTrue(violations.getItems().size() >= 1);
        assertTrue(violations.getItems().get(0).toString().startsWith("sim1_vm1_log.txt:"),
                violations.getItems().get(0).toString());

        robot.interact(() -> violations.getSelectionModel().select(0));
        waitFor(10, () -> view.timeline().selection().first() != null);
        String selected = robot.lookup("#selection-details").queryAs(Label.class).getText();
        assertTrue(selected.contains("on VM 1"), selected);
        assertTrue(selected.contains("\nbreaks: " + violations.getItems().get(0).toString()
                .substring(violations.getItems().get(0).toString().indexOf(": ") + 2)),
                "the picked violation's rule, in the rule check's words: " + selected);
    }

    @Test
    void aReplayPlaysFromTheStartAndTheSliderSeeks(FxRobot robot) throws Exception {
        Path folder = SimulatedRun.write(new RunSettings(3, 12, 2, 6, 10, 1, 20), 1_000, window.home.resolve("sims")).dir();
        robot.interact(() -> view.runViewModel().opened().openRun(folder));
        waitFor(30, () -> state() == RunState.REPLAY);
        assertTrue(robot.lookup("#replay-bar").query().isVisible());
        long all = view.runViewModel().modelProperty().get().events();

        robot.clickOn("#replay-speed").clickOn("50x");
        robot.clickOn("#replay-play");
        waitFor(10, () -> view.runViewModel().replay().playingProperty().get());
        waitFor(10, () -> view.runViewModel().modelProperty().get().events() < all);
        waitFor(20, () -> !view.runViewModel().replay().playingProperty().get());
        assertEquals(all, view.runViewModel().modelProperty().get().events(), "played to the end");

        Slider slider = robot.lookup("#replay-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(5));
        waitFor(10, () -> view.runViewModel().modelProperty().get().events() < all / 2);
        assertEquals("5.0 s of 20.0 s", robot.lookup("#replay-time").queryAs(Label.class).getText());
    }

    @Test
    void theExercisePresetRunsSimulatedFromTheExperimentsView(FxRobot robot) throws Exception {
        robot.clickOn("Experiments");
        TableView<?> before = robot.lookup("#experiment-results").queryAs(TableView.class);
        assertTrue(before.getPlaceholder() instanceof Label empty && empty.getText().startsWith("No results yet."),
                "a readable empty state, not 'No columns in table'");
        robot.interact(() -> {
            robot.lookup("#experiment-runs").queryAs(javafx.scene.control.TextField.class).setText("2");
            robot.lookup("#experiment-duration").queryAs(javafx.scene.control.TextField.class).setText("10");
        });
        robot.clickOn("#experiment-run");
        ProgressBar progress = robot.lookup("#experiment-progress").queryAs(ProgressBar.class);
        waitFor(60, () -> progress.getProgress() == 1.0);
        Label status = robot.lookup("#experiment-status").queryAs(Label.class);
        waitFor(10, () -> status.getText().startsWith("Done: 8 runs."));
        TableView<?> results = robot.lookup("#experiment-results").queryAs(TableView.class);
        assertEquals(11, results.getItems().size(), "one row per metric");
        assertEquals(5, results.getColumns().size(), "the metric and four configurations");
        robot.interact(() -> { });
        for (var column : results.getColumns()) {
            int widest = column.getText().length();
            for (int row = 0; row < results.getItems().size(); row++) {
                widest = Math.max(widest, String.valueOf(column.getCellData(row)).length());
            }
            assertTrue(column.getWidth() >= widest * 6.5, column.getText() + " is " + column.getWidth()
                    + " px wide for " + widest + " characters");
            assertTrue(column.getWidth() < results.getWidth() * 0.8, column.getText() + " does not take the whole width");
        }
        assertTrue(Files.exists(view.experimentsViewModel().reportDirProperty().get().resolve("report.md")));
    }

    @Test
    void theFindingsPresetRunsFromTheExperimentsViewAndAddsFindingsMd(FxRobot robot) throws Exception {
        robot.clickOn("Experiments");
        robot.clickOn("#experiment-findings");
        assertEquals(scalemodels.experiment.ExperimentPlan.findingsPreset(), view.experimentsViewModel().configs());
        robot.interact(() -> {
            robot.lookup("#experiment-runs").queryAs(javafx.scene.control.TextField.class).setText("1");
            robot.lookup("#experiment-duration").queryAs(javafx.scene.control.TextField.class).setText("20");
        });
        robot.clickOn("#experiment-run");
        Label status = robot.lookup("#experiment-status").queryAs(Label.class);
        waitFor(60, () -> status.getText().startsWith("Done: 3 runs."));
        assertTrue(status.getText().contains("the published effects beside ours: "), status.getText());
        String findings = Files.readString(view.experimentsViewModel().reportDirProperty().get().resolve(
                scalemodels.experiment.FindingsReport.FILE));
        assertTrue(findings.contains("## 1. A VM's clock jumps further the slower it ticks"), findings);
    }

    private RunState state() {
        return view.runViewModel().stateProperty().get();
    }

}
