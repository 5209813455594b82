package scalemodels.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongPredicate;

import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;

import scalemodels.files.FileTrees;

/**
 * Where each process writes its diagnostics (start-up, connections, refusals, errors), always through tinylog and
 * never into the event logs.
 *
 * <p>A VM process writes one file and is configured once, before its first log line. The app and the headless
 * supervisor may run many runs in one process, while tinylog's configuration freezes at the first log line; so they
 * write through {@link RunFileWriter}, which each run points at its own folder.
 */
public final class Diagnostics {
    private static final String FORMAT = "{date: yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX} {level} [{thread}] {class-name}: {message}";

    private static final String STANDBY_PREFIX = "scale-models-standby-";
    /** The supervisor's diagnostics in each run folder (tinylog.properties names the one before any run). */
    private static final String SUPERVISOR_FILE = "supervisor.diag.log";

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

    /**
     * For a standby VM process, before any run claims it: diagnostics are set up now (configuration, the writer, the
     * first line rendered: 40 to 90 ms of CPU per process, which 16 VMs starting together would otherwise spend after
     * Start) into a file of the system's temporary folder, and {@link #claimedBy} moves them into the run's folder.
     *
     * @return the temporary file, for {@link #claimedBy} to delete
     */
    public static Path standby() throws IOException {
        Path file = Files.createTempFile(standbyPrefix(ProcessHandle.current().pid()), ".diag.log");
        file.toFile().deleteOnExit(); // a standby let go without a run
        Configuration.replace(Map.of(
                "autoshutdown", "false",
                // A file that moves: the writer opens the one claimedBy names at its next line.
                "writer", RunFileWriter.NAME,
                "writer.file", file.toAbsolutePath().toString(),
                "writer.level", "debug",
                "writer.format", FORMAT));
        Logger.debug("standby VM process {} ready", ProcessHandle.current().pid());
        return file;
    }

    /** How the name of standby process {@code pid}'s temporary diagnostics file begins (in the temporary folder). */
    public static String standbyPrefix(long pid) {
        return STANDBY_PREFIX + pid + "-";
    }

    /**
     * A temporary folder for this standby process's warm-up, swept with its diagnostics when the process was ended
     * before it could delete the folder itself.
     */
    public static Path standbyFolder() throws IOException {
        return Files.createTempDirectory(standbyPrefix(ProcessHandle.current().pid()) + "warm-up");
    }

    /** Deletes the temporary diagnostics and folders of standby process {@code pid}, ended by force before it could. */
    public static void deleteStandbyFileOf(long pid) {
        deleteStandbyFiles(owner -> owner == pid);
    }

    /** Deletes the temporary diagnostics and folders of standby processes no longer alive (killed with their app). */
    public static void deleteStandbyLeftovers() {
        deleteStandbyFiles(owner -> owner > 0 && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true));
    }

    private static void deleteStandbyFiles(LongPredicate owners) {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(STANDBY_PREFIX) && owners.test(ownerOf(name))) {
                    if (name.endsWith(".diag.log")) {
                        Files.deleteIfExists(file);
                    } else if (name.contains("warm-up") && Files.isDirectory(file)) {
                        FileTrees.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            Logger.debug("could not tidy standby diagnostics: {}", e.getMessage());
        }
    }

    private static long ownerOf(String name) {
        int end = name.indexOf('-', STANDBY_PREFIX.length());
        try {
            return end < 0 ? -1 : Long.parseLong(name.substring(STANDBY_PREFIX.length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A run claimed this standby process: its diagnostics go on in {@code file}; the temporary one goes. */
    public static void claimedBy(Path file, Path standbyFile) {
        RunFileWriter.switchTo(file);
        // Written synchronously: after this line the writer has left the temporary file for the run's.
        Logger.debug("standby process {} claimed by the run in {}", ProcessHandle.current().pid(), file.getParent());
        try {
            Files.deleteIfExists(standbyFile);
        } catch (IOException e) {
            Logger.debug("could not delete {}: {}", standbyFile, e.getMessage());
        }
    }

    /** For the supervisor side: later diagnostics of this process go to {@code runDir}/supervisor.diag.log. */
    public static void followRun(Path runDir) {
        RunFileWriter.switchTo(runDir.resolve(SUPERVISOR_FILE));
    }

    /**
     * The file this process's diagnostics go to now (null: the one configured, before any run), for
     * {@link #followAgain} after a run of its own.
     */
    public static Path followed() {
        return RunFileWriter.target();
    }

    /** Back to where diagnostics went before (a run the user never sees, such as a training run, is over). */
    public static void followAgain(Path followed) {
        RunFileWriter.switchTo(followed);
    }
}
