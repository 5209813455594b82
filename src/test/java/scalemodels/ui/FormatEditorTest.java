package scalemodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scalemodels.ui.WindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import scalemodels.ui.run.RunState;

/** Logs whose format inference cannot read open the format editor; the fix, saved, opens them. */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FormatEditorTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws IOException {
        window = WindowFixture.open(stage);
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void anUnreadableInferenceOpensTheEditorAndItsFixOpensTheLogs(FxRobot robot) throws Exception {
        Path logs = Files.createDirectories(window.home.resolve("foreign"));
        Files.write(logs.resolve("a1.log"), List.of("12:00:01.000 SEND 1", "12:00:02.000 WORK 2",
                "12:00:03.000 SEND 3"));
        Files.write(logs.resolve("a2.log"), List.of("12:00:01.500 WORK 1", "12:00:02.500 RECV 2",
                "12:00:03.500 RECV 4"));
        robot.interact(() -> window.view.runViewModel().opened().openRun(logs));
        // The preview sits in a SplitPane, whose items join the scene graph with its skin, a pulse after showing.
        waitFor(30, () -> robot.lookup("#format-preview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#format-preview").queryAs(TableView.class);
        assertEquals(3, preview.getItems().size(), "the first lines, as the inferred format reads them");

        TextArea text = robot.lookup("#format-text").queryAs(TextArea.class);
        robot.interact(() -> text.setText(String.join("\n", "files = a(?<vm>\\\\d+)\\\\.log",
                "event = ^(?<time>\\\\S+) (?<event>\\\\w+) (?<clock>\\\\d+)$",
                "type.send = SEND", "type.receive = RECV", "type.internal = WORK", "time.format = HH:mm:ss.S")));
        robot.clickOn("#format-open");
        waitFor(30, () -> window.view.runViewModel().stateProperty().get() == RunState.REPLAY);
        assertEquals(6, window.view.runViewModel().modelProperty().get().events());
        assertTrue(Files.isRegularFile(logs.resolve("scale-models-format.properties")), "the fix is saved");

        // The toolbar's "Log format…" shows the format the logs were read with, again with its preview.
        assertTrue(robot.lookup("#format-editor").tryQuery().isEmpty(), "Open with this format closed the editor");
        robot.clickOn("#format-button");
        waitFor(30, () -> robot.lookup("#format-preview").tryQuery().isPresent());
        TableView<?> again = robot.lookup("#format-preview").queryAs(TableView.class);
        waitFor(10, () -> again.getItems().size() == 3);
    }
}
