package scalemodels.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.TestData;
import scalemodels.analysis.RunAnalysis;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.report.ShivizValidator;
import scalemodels.sim.SimulatedRun;

class RunExporterTest {
    private static final List<String> DERIVED = List.of("events.csv", "summary.md", "summary.json", "timeline.png",
            "clocks.png", "drift.png", "queues.png", "jumps.png", "shiviz.log", "trace.json");

    @Test
    void aRunExportsAndEveryPartReadsBack(@TempDir Path dir) throws Exception {
        RunFolder folder = SimulatedRun.write(new RunSettings(3, 77, 1, 6, 10, 1, 30), 1_000, dir.resolve("logs"));
        LoadedRun run = RunOpener.open(folder.dir(), null);
        Path zip = dir.resolve("out/run.zip");
        List<String> names = RunExporter.exportZip(run, zip);
        assertTrue(names.containsAll(List.of("vm_0.log", "vm_1.log", "vm_2.log", "manifest.properties")), names.toString());
        assertTrue(names.containsAll(DERIVED), names.toString());

        Path unpacked = unzip(zip, dir.resolve("unpacked"));
        Path top = unpacked.resolve(folder.runId());
        List<String> csv = Files.readAllLines(top.resolve("events.csv"));
        assertEquals(run.model().events() + 1, csv.size(), "one row per event plus the header");
        assertTrue(csv.get(0).startsWith("vm,index,line,time,"));

        JsonObject summary = JsonParser.parseString(Files.readString(top.resolve("summary.json"))).getAsJsonObject();
        RunAnalysis analysis = RunAnalysis.of(run.model());
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(analysis.vms().get(vm).finalClock(),
                    summary.getAsJsonArray("vms").get(vm).getAsJsonObject().get("finalClock").getAsLong());
        }
        assertEquals(0, summary.getAsJsonArray("violations").size());
        assertEquals(0, summary.getAsJsonObject("violationsByRule").size(), "no rule broken, none counted");
        assertTrue(Files.readString(top.resolve("summary.md")).contains("0 violations"));
        var timeline = ImageIO.read(top.resolve("timeline.png").toFile());
        assertTrue(timeline.getWidth() >= 1200, "the whole run, by the window's renderer: " + timeline.getWidth());
        assertEquals(22 + 3 * 120, timeline.getHeight(), "three lanes");
        assertEquals(List.of(), ShivizValidator.validate(top.resolve("shiviz.log")));

        // The exported logs open again: the same run, event for event.
        LoadedRun again = RunOpener.open(top, null);
        assertEquals(run.model().events(), again.model().events());
        // And ShiViz's own file reads back into the same clocks.
        LoadedRun shiviz = RunOpener.open(top.resolve("shiviz.log"), "shiviz");
        assertEquals(List.of(), shiviz.problems());
        assertEquals(run.model().events() - 6, shiviz.model().events(), "every event but start and stop lines");
        assertEquals(List.of(), RunAnalysis.of(shiviz.model()).violations());
        for (int vm = 0; vm < 3; vm++) {
            var lane = shiviz.model().lane(vm);
            assertEquals(analysis.vms().get(vm).finalClock(), lane.clock(lane.size() - 1));
        }
    }

    @Test
    void anotherImplementationsLogsExportWithDerivedVectorClocks(@TempDir Path dir) throws Exception {
        LoadedRun run = RunOpener.open(TestData.sampleLogs(), null);
        Path zip = dir.resolve("suki.zip");
        List<String> names = RunExporter.exportZip(run, zip);
        assertTrue(names.containsAll(List.of("sim1_vm0_log.txt", "sim1_vm1_log.txt", "sim1_vm2_log.txt")));
        Path top = unzip(zip, dir.resolve("unpacked")).resolve("sukikrishna-sim1");
        assertEquals(List.of(), ShivizValidator.validate(top.resolve("shiviz.log")));
    }

    @Test
    void theShivizValidatorCatchesBrokenFiles(@TempDir Path dir) throws IOException {
        String good = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n\nvm=0 event=send\nvm0 {\"vm0\":1}\n"
                + "vm=1 event=receive\nvm1 {\"vm0\":1, \"vm1\":1}\n";
        assertEquals(List.of(), ShivizValidator.validate(Files.writeString(dir.resolve("good.log"), good)));
        assertProblem(dir, good.replace("{\"vm0\":1, \"vm1\":1}", "{\"vm0\":1, \"vm1\":2}"), "own entry must be 1");
        assertProblem(dir, good.replace("event=send\n", "event=send \n"), "trailing white space");
        assertProblem(dir, good.replace("\n", "\r\n"), "carriage returns");
        assertProblem(dir, good.replace("(?<event>.*)", "\\((?<event>.*)"), "must not contain \\(");
        assertProblem(dir, good.replace("{\"vm0\":1, \"vm1\":1}", "{\"vm0\":2, \"vm1\":1}"),
                "names an event that host has not logged yet");
    }

    @Test
    void aFailedExportLeavesNothingUnderTheChosenName(@TempDir Path dir) throws Exception {
        LoadedRun run = RunOpener.open(TestData.sampleLogs(), null);
        Path blocked = Files.createDirectories(dir.resolve("target.zip"));
        Files.writeString(blocked.resolve("keep.txt"), "a folder in the way");
        assertThrows(IOException.class, () -> RunExporter.exportZip(run, blocked));
        assertTrue(Files.isDirectory(blocked));
        try (Stream<Path> leftovers = Files.list(dir)) {
            assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    private static void assertProblem(Path dir, String text, String expected) throws IOException {
        List<String> problems = ShivizValidator.validate(Files.writeString(dir.resolve("bad.log"), text));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), problems.toString());
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                Path target = into.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(archive.getInputStream(entry), target);
            }
        }
        return into;
    }
}
