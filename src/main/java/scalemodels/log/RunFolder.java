package scalemodels.log;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import scalemodels.model.RunSettings;

/**
 * One run's folder, {@code <logs>/<run-id>/}, and the names of the files in it.
 *
 * <p>The run id reads {@code 2026-11-24_17-23-47_seed-812}: the UTC date and time the run was created and its master
 * seed, with {@code -2}, {@code -3}... appended when that name is taken.
 */
public final class RunFolder {
    public static final String MANIFEST = "manifest.properties";
    public static final String SUPERVISOR_DIAGNOSTICS = "supervisor.diag.log";

    private final Path dir;

    /**
     * The patterns for naming a run and finding its logs, made where a folder is created or read: a VM process only
     * needs its own files' names, and making a date formatter and a pattern was a measurable part of its start.
     */
    private static final class Names {
        static final Pattern VM_LOG = Pattern.compile("vm_(\\d{1,4})\\.log");
        static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd_HH-mm-ss")
                .withZone(ZoneOffset.UTC);
    }

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** An existing run folder, for reading. */
    public static RunFolder at(Path dir) {
        return new RunFolder(dir);
    }

    /**
     * Creates a fresh, empty run folder under {@code logsRoot} (creating that too) for a run of {@code settings}.
     *
     * @throws LogBudget.TooLarge when the run's logs would outgrow the {@link LogBudget} or the free space
     */
    public static RunFolder create(Path logsRoot, Instant createdAt, RunSettings settings) throws IOException {
        LogBudget.check(settings, logsRoot);
        Files.createDirectories(logsRoot);
        String base = Names.ID_TIME.format(createdAt) + "_seed-" + settings.seed();
        for (int attempt = 1; ; attempt++) {
            Path candidate = logsRoot.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return new RunFolder(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException taken) {
                // two runs in the same second with the same seed: try the next suffix
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public String runId() {
        return dir.getFileName().toString();
    }

    public Path vmLog(int vm) {
        return dir.resolve("vm_" + vm + ".log");
    }

    /** tinylog diagnostics of one VM process: start-up, connections, refusals, errors. */
    public Path vmDiagnostics(int vm) {
        return dir.resolve("vm_" + vm + ".diag.log");
    }

    /** Whatever the VM's JVM itself prints (normally nothing; a JVM that cannot start explains itself here). */
    public Path vmConsole(int vm) {
        return dir.resolve("vm_" + vm + ".console.txt");
    }

    public Path supervisorDiagnostics() {
        return dir.resolve(SUPERVISOR_DIAGNOSTICS);
    }

    public Path manifest() {
        return dir.resolve(MANIFEST);
    }

    /** The {@code vm_<id>.log} files present, ordered by id. */
    public List<Path> vmLogFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> Names.VM_LOG.matcher(p.getFileName().toString()).matches()).forEach(files::add);
        }
        files.sort(Comparator.comparingInt(RunFolder::vmIdOf));
        return files;
    }

    /** Parses every VM log of the run, ordered by VM id. */
    public List<VmLog> readVmLogs() throws IOException, LogParseException {
        List<VmLog> logs = new ArrayList<>();
        for (Path file : vmLogFiles()) {
            logs.add(EventLogReader.read(file));
        }
        return logs;
    }

    /** The VM id in a {@code vm_<id>.log} file name; {@link Integer#MAX_VALUE} for any other name. */
    public static int vmIdOf(Path file) {
        Matcher m = Names.VM_LOG.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
