package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A VM process gets only what it loads on its class path: no JavaFX, picocli, Monocle, JMH, JFreeChart or Gson. */
class ChildCommandTest {
    @Test
    void theVmClassPathHoldsItsOwnClassesAndTinylogOnly() {
        List<String> entries = ChildCommand.vmClassPath().stream().map(Path::toString).toList();
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("tinylog-api")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("tinylog-impl")), entries.toString());
        for (String unwanted : List.of("javafx", "picocli", "monocle", "jmh", "jfreechart", "gson", "archunit",
                "junit")) {
            assertFalse(entries.stream().anyMatch(e -> e.contains(unwanted)), unwanted + " in " + entries);
        }
        List<String> command = ChildCommand.jvm(VmClassData.shared().plain());
        assertEquals(String.join(File.pathSeparator, entries), command.get(command.indexOf("-cp") + 1));
    }
}
