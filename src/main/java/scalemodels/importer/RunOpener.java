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
import scalemodels.rundata.RunModel;
import scalemodels.rundata.RunLoader;

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
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist");
        }
        if (format != null) {
            return imported(path, LogFormats.resolve(format));
        }
        if (Files.isDirectory(path) && !RunFolder.at(path).vmLogFiles().isEmpty()) {
            try {
                RunModel model = RunLoader.load(path);
                return new LoadedRun(path, model, filesOf(path), "scale-models", settingsOf(path), List.of(), List.of(),
                        null);
            } catch (LogParseException e) {
                Logger.warn("{}; reading the rest of the run through the scale-models import format", e.getMessage());
                LoadedRun lenient = imported(path, LogFormats.preset("scale-models"));
                return new LoadedRun(path, lenient.model(), lenient.files(), lenient.format(), settingsOf(path),
                        lenient.problems(), lenient.notes(), lenient.importFormat());
            }
        }
        List<String> tried = new ArrayList<>();
        for (String preset : LogFormats.PRESETS) {
            try {
                LoadedRun run = imported(path, LogFormats.preset(preset));
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
        LoadedRun run = imported(path, inferred.format());
        List<String> notes = new ArrayList<>();
        notes.add("format inferred (no preset fits): " + inferred.summary());
        inferred.doubts().forEach(d -> notes.add("unsure: " + d + "; check the inferred format (save it with "
                + "--save-format, correct it, give it back with --format)"));
        notes.addAll(run.notes());
        return new LoadedRun(run.origin(), run.model(), run.files(), run.format(), null, run.problems(),
                List.copyOf(notes), inferred.format());
    }

    private static LoadedRun imported(Path path, LogFormat format) throws IOException {
        ImportResult result = LogImporter.importPath(path, format);
        List<Path> files = new ArrayList<>();
        for (int vm = 0; vm < result.model().vms(); vm++) {
            LaneData lane = result.model().lane(vm);
            Path source = result.model().source(vm);
            if (lane.size() > 0 && Files.isRegularFile(source) && !files.contains(source)) {
                files.add(source);
            }
        }
        return new LoadedRun(path, result.model(), files, format.name(), null, result.problems(), result.notes(),
                format);
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
