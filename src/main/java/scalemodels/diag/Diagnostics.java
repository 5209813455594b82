package scalemodels.diag;

import java.nio.file.Path;
import java.util.Map;

import org.tinylog.configuration.Configuration;
import org.tinylog.path.DynamicSegment;

/**
 * Where each process writes its diagnostics (start-up, connections, refusals, errors), always through tinylog and
 * never into the event logs.
 *
 * <p>A VM process writes one file and is configured once, before its first log line. The app and the headless
 * supervisor may run many runs in one process, while tinylog's configuration freezes at the first log line; so their
 * file path holds a dynamic segment (see {@code tinylog.properties}) that each run points at its own folder.
 */
public final class Diagnostics {
    private static final String FORMAT = "{date: yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX} {level} [{thread}] {class-name}: {message}";

    private Diagnostics() {
    }

    /** For a VM process: everything to {@code file}. Must run before the first log line of the process. */
    public static void toFile(Path file) {
        Configuration.replace(Map.of(
                "autoshutdown", "false", // as for the supervisor (tinylog.properties): a stopping VM's last lines
                "writer", "file",
                "writer.file", file.toAbsolutePath().toString(),
                "writer.append", "true",
                "writer.level", "debug",
                "writer.format", FORMAT));
    }

    /** For the supervisor side: later diagnostics of this process go to {@code runDir}/supervisor.diag.log. */
    public static void followRun(Path runDir) {
        DynamicSegment.setText(runDir.toAbsolutePath().toString());
    }

    /** The folder this process's diagnostics go to now, for {@link #followAgain} after a run of its own. */
    public static String followed() {
        return DynamicSegment.getText();
    }

    /** Back to where diagnostics went before (a run the user never sees, such as a training run, is over). */
    public static void followAgain(String followed) {
        if (followed != null) {
            DynamicSegment.setText(followed);
        }
    }
}
