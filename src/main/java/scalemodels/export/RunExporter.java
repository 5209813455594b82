package scalemodels.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import scalemodels.analysis.RunAnalysis;
import scalemodels.files.FileTrees;
import scalemodels.importer.LoadedRun;
import scalemodels.report.ChartImages;
import scalemodels.report.EventsCsv;
import scalemodels.report.PerfettoTrace;
import scalemodels.report.ShivizLog;
import scalemodels.report.SummaryJson;
import scalemodels.report.SummaryMarkdown;
import scalemodels.rundata.TimeWindow;

/**
 * Writes a run into one zip under a top folder named after the run: its log files and manifest as they are, plus
 * {@code events.csv}, {@code summary.md}, {@code summary.json}, {@code timeline.png}, the chart PNGs and
 * {@code shiviz.log}. The zip is built in a temporary file beside the target and moved into place, so a failure never
 * leaves half an archive under the chosen name.
 */
public final class RunExporter {
    private RunExporter() {
    }

    /** Exports with the whole run in {@code timeline.png}. @return the names of the files written, in order */
    public static List<String> exportZip(LoadedRun run, Path zip) throws IOException {
        return exportZip(run, zip, TimeWindow.whole(run.model()));
    }

    /**
     * @param timeline the stretch of the run {@code timeline.png} and {@code trace.json} show; {@code shiviz.log}
     *                 holds the run from its start to the stretch's end (the other files hold the whole run)
     * @return the names of the files written into the zip, in order
     */
    public static List<String> exportZip(LoadedRun run, Path zip, TimeWindow timeline) throws IOException {
        Path target = zip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory("scale-models-export");
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            List<Path> files = new ArrayList<>(run.files());
            files.addAll(derived(run, staging, timeline));
            String top = run.name() + "/";
            List<String> names = new ArrayList<>();
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (names.contains(name)) {
                        continue;
                    }
                    zipOut.putNextEntry(new ZipEntry(top + name));
                    Files.copy(file, zipOut);
                    zipOut.closeEntry();
                    names.add(name);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return names;
        } finally {
            Files.deleteIfExists(tmp);
            FileTrees.delete(staging);
        }
    }

    /** Rows of {@code events.csv} in an exported zip (without its header), for reconciling counts. */
    public static long countEventRows(Path zip) throws IOException {
        try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
            ZipEntry csv = archive.stream().filter(e -> e.getName().endsWith("/events.csv")).findFirst()
                    .orElseThrow(() -> new IOException(zip + " holds no events.csv"));
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(archive.getInputStream(csv),
                    StandardCharsets.UTF_8))) {
                return reader.lines().count() - 1;
            }
        }
    }

    private static List<Path> derived(LoadedRun run, Path dir, TimeWindow timeline) throws IOException {
        RunAnalysis analysis = RunAnalysis.of(run.model());
        EventsCsv.write(run.model(), dir.resolve("events.csv"));
        Files.writeString(dir.resolve("summary.md"), SummaryMarkdown.render("Run " + run.name(), analysis,
                run.problems(), run.notes()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), SummaryJson.render(analysis, run.problems(), run.notes()),
                StandardCharsets.UTF_8);
        ChartImages.writeTimeline(run.model(), timeline, analysis.violations(), dir.resolve("timeline.png"));
        List<Path> files = new ArrayList<>(List.of(dir.resolve("events.csv"), dir.resolve("summary.md"),
                dir.resolve("summary.json"), dir.resolve("timeline.png")));
        for (String chart : ChartImages.writeCharts(analysis, dir)) {
            files.add(dir.resolve(chart));
        }
        ShivizLog.write(run.model(), dir.resolve("shiviz.log"), timeline.endMicros());
        files.add(dir.resolve("shiviz.log"));
        PerfettoTrace.write(run.model(), timeline, run.name(), dir.resolve("trace.json"));
        files.add(dir.resolve("trace.json"));
        return files;
    }
}
