package scalemodels.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.AnalysisUnderFaultsTest;
import scalemodels.model.RunSettings;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;
import scalemodels.sim.Simulator;

/**
 * The Perfetto / Chrome trace export against the trace event format: a track per VM, a slice per tick event, every
 * flow's start and end present (one per delivered message), faults as instants, timestamps in whole microseconds
 * from the stretch's start; a stretch holds only its own events. And ShiViz's log cut at a moment stays valid.
 */
class PerfettoTraceTest {
    @TempDir
    Path dir;

    @Test
    void aSimulatedRunIsATrackPerVmASlicePerTickAndAnArrowPerMessage() throws Exception {
        RunModel run = new RunModel(3);
        new Simulator(new RunSettings(3, 9, 1, 6, 10, 1, 20), 1_000).run(run::add);
        JsonArray events = trace(run, TimeWindow.whole(run));
        Map<String, Integer> phases = new HashMap<>();
        Map<Long, Integer> starts = new HashMap<>();
        Map<Long, Integer> ends = new HashMap<>();
        Set<String> threads = new HashSet<>();
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            String ph = o.get("ph").getAsString();
            phases.merge(ph, 1, Integer::sum);
            if (ph.equals("M") && o.get("name").getAsString().equals("thread_name")) {
                threads.add(o.getAsJsonObject("args").get("name").getAsString());
            }
            if (!ph.equals("M")) {
                double ts = o.get("ts").getAsDouble();
                assertTrue(ts >= 0 && ts == Math.rint(ts), "whole microseconds from the start: " + o);
            }
            if (ph.equals("s")) {
                starts.merge(o.get("id").getAsLong(), 1, Integer::sum);
            } else if (ph.equals("f")) {
                ends.merge(o.get("id").getAsLong(), 1, Integer::sum);
                assertEquals("e", o.get("bp").getAsString());
            }
        }
        assertEquals(3, threads.size(), threads.toString());
        assertTrue(threads.stream().allMatch(t -> t.matches("VM \\d \\(\\d ticks?/s\\)")), threads.toString());
        long ticks = 0;
        long received = 0;
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = run.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                ticks += lane.type(i).isTick() ? 1 : 0;
                received += lane.type(i) == scalemodels.event.EventType.RECEIVE ? 1 : 0;
            }
        }
        assertEquals(ticks, phases.get("X").longValue(), "a slice per tick event");
        assertEquals(starts.keySet(), ends.keySet(), "every flow has its start and its end");
        assertTrue(starts.values().stream().allMatch(n -> n == 1) && ends.values().stream().allMatch(n -> n == 1));
        assertEquals(received, starts.size(), "an arrow per delivered message");
        assertEquals(6, phases.get("i").intValue(), "a start and a stop per VM, as instants");
    }

    @Test
    void faultsAreInstantsAndAStretchHoldsOnlyItsOwnEvents() throws Exception {
        RunModel run = AnalysisUnderFaultsTest.model();
        List<String> instants = new java.util.ArrayList<>();
        for (JsonElement e : trace(run, TimeWindow.whole(run))) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("ph").getAsString().equals("i")) {
                instants.add(o.get("tid").getAsInt() + ":" + o.get("name").getAsString());
            }
        }
        assertTrue(instants.containsAll(List.of("0:pause", "0:resume", "0:reconnect", "1:crash", "1:restart")),
                instants.toString());
        TimeWindow stretch = TimeWindow.ofSeconds(run, 7.0, 9.0);
        for (JsonElement e : trace(run, stretch)) {
            JsonObject o = e.getAsJsonObject();
            if (!o.get("ph").getAsString().equals("M")) {
                assertTrue(o.get("ts").getAsLong() <= 2_000_000, "within the 2 s stretch: " + o);
            }
        }
    }

    @Test
    void shivizLogCutAtAMomentIsStillValidAndALargeOneIsWarnedOf() throws Exception {
        RunModel run = new RunModel(3);
        new Simulator(new RunSettings(3, 9, 1, 6, 10, 1, 20), 1_000).run(run::add);
        Path whole = dir.resolve("whole.log");
        Path cut = dir.resolve("cut.log");
        long all = ShivizLog.write(run, whole, Long.MAX_VALUE);
        long part = ShivizLog.write(run, cut, run.startMicros() + 5_000_000);
        assertTrue(part > 0 && part < all / 2, part + " of " + all);
        assertEquals(List.of(), ShivizValidator.validate(cut), "every clock names only events written");
        assertNull(ShivizLog.warning(run, Long.MAX_VALUE), "a 20 s run is small");
        assertNotNull(ShivizLog.warning(ShivizLog.COMFORTABLE_EVENTS + 1));
        assertTrue(ShivizLog.warning(100_000).startsWith("shiviz.log holds 100,000 events; ShiViz grows slow above "
                + "about 10,000: export a shorter stretch with --until"));
    }

    private JsonArray trace(RunModel run, TimeWindow window) throws Exception {
        Path file = dir.resolve("trace.json");
        PerfettoTrace.write(run, window, "test", file);
        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("ms", root.get("displayTimeUnit").getAsString());
        return root.getAsJsonArray("traceEvents");
    }
}
