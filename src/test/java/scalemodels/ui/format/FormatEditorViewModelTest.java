package scalemodels.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.importer.FormatUnsureException;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;

/** The format editor's logic without a window: live preview, what does not fit, saving, and reading with the fix. */
class FormatEditorViewModelTest {
    /** Logs whose clock stands unlabelled after the event word: inference cannot tell it is the clock. */
    static Path unlabelledClocks(Path dir) throws Exception {
        Files.write(dir.resolve("a1.log"), List.of("12:00:01.000 SEND 1", "12:00:02.000 WORK 2",
                "12:00:03.000 SEND 3"));
        Files.write(dir.resolve("a2.log"), List.of("12:00:01.500 WORK 1", "12:00:02.500 RECV 2",
                "12:00:03.500 RECV 4"));
        return dir;
    }

    @Test
    void anUnsureFormatIsCorrectedWithALivePreviewSavedAndUsed(@TempDir Path dir) throws Exception {
        unlabelledClocks(dir);
        FormatUnsureException unsure = assertThrows(FormatUnsureException.class, () -> RunOpener.open(dir, null));
        FormatEditorViewModel editor = new FormatEditorViewModel(dir, unsure.inferred(), "unsure");
        assertEquals(3, editor.rows().size());
        assertTrue(editor.rows().stream().anyMatch(r -> !r.fits()), "without a clock the lines do not fit");
        assertFalse(editor.errorProperty().get().isEmpty());

        editor.textProperty().set(String.join("\n", "files = a(?<vm>\\\\d+)\\\\.log",
                "event = ^(?<time>\\\\S+) (?<event>\\\\w+) (?<clock>\\\\d+)$",
                "type.send = SEND", "type.receive = RECV", "type.internal = WORK", "time.format = HH:mm:ss.S"));
        assertEquals(3, editor.rows().size());
        assertTrue(editor.rows().stream().allMatch(r -> r.fits()), editor.rows().toString());
        assertEquals("send clock=1 time=12:00:01.000", reorder(editor.rows().get(0).readAs()));
        assertEquals("", editor.errorProperty().get());

        editor.textProperty().set("event = (unclosed");
        assertTrue(editor.errorProperty().get().contains("event"), editor.errorProperty().get());
        assertThrows(java.io.IOException.class, editor::save, "an invalid format is not saved");

        editor.textProperty().set(String.join("\n", "files = a(?<vm>\\\\d+)\\\\.log",
                "event = ^(?<time>\\\\S+) (?<event>\\\\w+) (?<clock>\\\\d+)$",
                "type.send = SEND", "type.receive = RECV", "type.internal = WORK", "time.format = HH:mm:ss.S"));
        Path saved = editor.save();
        assertEquals(dir.resolve("scale-models-format.properties"), saved);
        LoadedRun run = RunOpener.open(dir, saved.toString());
        assertEquals(6, run.model().events());
        assertEquals(List.of(), run.problems());
    }

    /** Fields in name order, the event word first: the preview lists them in the regex's group order. */
    private static String reorder(String readAs) {
        String[] parts = readAs.split(" ");
        java.util.Arrays.sort(parts, 1, parts.length);
        return String.join(" ", parts);
    }
}
