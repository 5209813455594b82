package scalemodels.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.tinylog.Logger;

import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.model.RunSettings;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

/**
 * Opens any run folder or log file: Scale Models run folders with the strict built-in parser, everything else (and
 * run folders with damaged lines) through an import format, given or detected. Shared by replay, analysis and export.
 */
public final class RunOpener {
    private RunOpener() {
    }

    /**
     * @param format a preset name or format file, or null to detect
     * @throws IOException when nothing readable is there, saying what was tried
     */
    public static LoadedRun open(Path path, String format) throws IOException {
        return open(path, format, 1);
    }

    /**
     * @param format    a preset name or format file, or null to detect
     * @param execution for files holding several executions (ShiViz), which one to read, from 1
     * @throws IOException when nothing readable is there, saying what was tried
     */
    public static LoadedRun open(Path path, String format, int execution) throws IOException {
        if (execution < 1) {
            throw new IOException("--execution counts from 1, not " + execution);
        }
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist");
        }
        if (format != null) {
            return imported(path, LogFormats.resolve(format), execution);
        }
        List<String> tried = new ArrayList<>();
        if (Files.isDirectory(path) && !RunFolder.at(path).vmLogFiles().isEmpty()) {
            LoadedRun own = ownRun(path, tried);
            if (own != null) {
                return own;
            }
        }
        for (String preset : LogFormats.PRESETS) {
            if (tried.stream().anyMatch(t -> t.startsWith(preset + ": "))) {
                continue;
            }
            try {
                LoadedRun run = imported(path, LogFormats.preset(preset), execution);
                if (run.problems().size() < run.model().events()) {
                    return run;
                }
                tried.add(preset + ": " + run.problems().get(0));
            } catch (IOException e) {
                tried.add(preset + ": " + e.getMessage());
            }
        }
        FormatInference.Inferred inferred;
        try {
            inferred = FormatInference.infer(path);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot read " + path + " with any known format; tried " + String.join("; ", tried)
                    + "; inferring one: " + e.getMessage() + ". Give a format definition with --format (see README)");
        }
        LoadedRun run;
        try {
            run = imported(path, inferred.format(), execution);
        } catch (NoSuchExecutionException e) {
            throw e; // the logs were read; the number asked for is what is wrong
        } catch (IOException | IllegalArgumentException e) {
            throw new FormatUnsureException("cannot read " + path + " with any known format; tried "
                    + String.join("; ", tried) + "; the inferred format (" + inferred.summary() + ") reads nothing: "
                    + e.getMessage() + ". Save it with --save-format FILE (or in the window's format editor), correct "
                    + "it and give it back with --format", path, inferred.format());
        }
        List<String> notes = new ArrayList<>();
        notes.add("format inferred (no preset fits): " + inferred.summary());
        inferred.doubts().forEach(d -> notes.add("unsure: " + d + "; check the inferred format (save it with "
                + "--save-format, correct it, give it back with --format)"));
        notes.addAll(run.notes());
        List<String> problems = new ArrayList<>(inferred.skipped());
        problems.addAll(run.problems());
        return new LoadedRun(run.origin(), run.model(), run.files(), run.format(), null, List.copyOf(problems),
                List.copyOf(notes), inferred.format(), run.runs());
    }

    /**
     * A folder of {@code vm_<id>.log} files read as a Scale Models run: the strict parser, else the same contract line
     * by line, every line that is not an event reported and skipped (fault lines read like any other). A run still
     * going is read as its logs stood at one moment (see {@link RunLoader#load(Path, List, int, boolean, List)}). Null, with what was tried, when they are not this
     * project's logs at all (another implementation may name its files the same way).
     *
     * @throws IOException when every log is empty or unreadable: nothing to judge
     */
    private static LoadedRun ownRun(Path path, List<String> tried) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> logs = RunFolder.at(path).vmLogFiles();
        List<Path> readable = readableLogs(logs, problems);
        if (readable.isEmpty()) {
            throw new IOException("nothing readable in " + path + ": " + String.join("; ", problems));
        }
        Progress progress = progress(path);
        List<String> notes = notes(progress);
        boolean going = progress == Progress.GOING;
        int vms = RunFolder.vmIdOf(logs.get(logs.size() - 1)) + 1;
        // One pass by the event-line contract (faults included): a damaged line is skipped and reported, not fatal.
        try {
            List<String> skipped = new ArrayList<>();
            RunModel model = RunLoader.load(path, readable, vms, going, skipped);
            if (skipped.size() > model.events()) {
                tried.add("scale-models: " + skipped.get(0));
                return null;
            }
            if (!skipped.isEmpty()) {
                Logger.warn("{}: {} damaged lines skipped, the first {}", path, skipped.size(), skipped.get(0));
            }
            problems.addAll(skipped);
            return new LoadedRun(path, model, filesOf(path), "scale-models", settingsOf(path), List.copyOf(problems),
                    notes, null, RunChoice.ONLY);
        } catch (IOException | LogParseException e) {
            tried.add("scale-models: " + e.getMessage());
            return null;
        }
    }

    private static LoadedRun imported(Path path, LogFormat format, int execution) throws IOException {
        ImportResult result = LogImporter.importPath(path, format, execution);
        List<Path> files = new ArrayList<>();
        for (int vm = 0; vm < result.model().vms(); vm++) {
            LaneData lane = result.model().lane(vm);
            Path source = result.model().source(vm);
            if (lane.size() > 0 && Files.isRegularFile(source) && !files.contains(source)) {
                files.add(source);
            }
        }
        return new LoadedRun(path, result.model(), files, format.name(), null, result.problems(), result.notes(),
                format, new RunChoice(Math.min(execution, result.executions()), result.executions()));
    }

    /**
     * The VM logs that can be read: an empty file, a FIFO or a folder in a log's place is reported, and the others
     * are read (a FIFO would block the reader for ever).
     */
    private static List<Path> readableLogs(List<Path> logs, List<String> problems) throws IOException {
        List<Path> readable = new ArrayList<>();
        for (Path log : logs) {
            if (!Files.isRegularFile(log)) {
                problems.add(log.getFileName() + ": not a regular file (a FIFO, a folder or a device); not read");
            } else if (Files.size(log) == 0) {
                problems.add(log.getFileName() + ": empty");
            } else {
                readable.add(log);
            }
        }
        return readable;
    }

    /** Where a run folder's run stands, by its manifest. */
    private enum Progress {
        /** Ended (or no manifest to say otherwise). */
        ENDED,
        /** No end recorded, and the process that runs it is alive: it is still being written. */
        GOING,
        /** No end recorded, and the process that ran it is gone: killed before it could record its end. */
        WRITER_GONE
    }

    private static Progress progress(Path dir) {
        Path manifest = dir.resolve(RunFolder.MANIFEST);
        try {
            RunManifest read = Files.isRegularFile(manifest) ? RunManifest.read(manifest) : null;
            if (read == null || read.get("ended_at") != null) {
                return Progress.ENDED;
            }
            return read.writerGone() ? Progress.WRITER_GONE : Progress.GOING;
        } catch (IOException | IllegalArgumentException e) {
            Logger.warn("manifest of {} unreadable: {}", dir, e.getMessage());
            return Progress.ENDED;
        }
    }

    /** What the reader should know about how a run not ended is judged. */
    private static List<String> notes(Progress progress) {
        return switch (progress) {
            case ENDED -> List.of();
            case GOING -> List.of("this run is in progress (its manifest has no ended_at): it is judged as its logs "
                    + "stood at one moment, every log up to the size it had before any was read, so each receive "
                    + "read has its send; a line being written is left out, VMs without a stop line are running, "
                    + "and messages sent in the last moments count as in flight, not as lost");
            case WRITER_GONE -> List.of("this run ended without recording its end: the process that ran it is gone, "
                    + "killed before it could; it is judged as its logs stand, and VMs without a stop line count as "
                    + "crashed");
        };
    }

    /** Every regular file of a run folder: logs, manifest, diagnostics. */
    private static List<Path> filesOf(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static RunSettings settingsOf(Path dir) {
        Path manifest = dir.resolve(RunFolder.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return RunManifest.read(manifest).settings();
        } catch (IOException | IllegalArgumentException e) {
            Logger.warn("manifest of {} unreadable: {}", dir, e.getMessage());
            return null;
        }
    }
}
