package scalemodels.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.stream.JsonWriter;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;

/**
 * {@code trace.json}: a run in the Chrome trace event format, which Perfetto's viewer (ui.perfetto.dev) and
 * chrome://tracing open: one process, one thread (track) per VM named with its rate; each tick event (internal,
 * send, receive) a slice with its fields as arguments, until the VM's next event (at most {@link #SLICE_MICROS});
 * one flow arrow per delivered message, from its send to its receive; every other line (start, stop, pause,
 * resume, crash, restart, channel fault, reconnect) an instant on its VM's track; each VM's queue a counter.
 * Timestamps are microseconds since the stretch's start. Written as a stream: a million events take no more memory
 * than one.
 */
public final class PerfettoTrace {
    /** Longest slice drawn for one event: its VM's next event, but no more than this (microseconds). */
    static final long SLICE_MICROS = 1_000;
    private static final int PID = 1;

    private PerfettoTrace() {
    }

    public static void write(RunModel model, TimeWindow window, String runName, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(model, window, runName, out);
        }
    }

    static void write(RunModel model, TimeWindow window, String runName, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("displayTimeUnit").value("ms").name("traceEvents").beginArray();
        metadata(json, "process_name", -1, "Scale Models run " + runName);
        for (int vm = 0; vm < model.vms(); vm++) {
            int rate = model.lane(vm).rate();
            metadata(json, "thread_name", vm, "VM " + vm + (rate > 0 ? " (" + rate + (rate == 1 ? " tick/s)"
                    : " ticks/s)") : ""));
        }
        long origin = window.startMicros();
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            int from = lane.firstAtOrAfter(window.startMicros());
            int to = lane.firstAtOrAfter(window.endMicros() + 1);
            int queue = Integer.MIN_VALUE;
            for (int i = from; i < to; i++) {
                long ts = lane.time(i) - origin;
                if (lane.type(i).isTick()) {
                    long next = i + 1 < lane.size() ? lane.time(i + 1) - lane.time(i) : SLICE_MICROS;
                    slice(json, lane, vm, i, ts, Math.max(0, Math.min(SLICE_MICROS, next)), model.vms());
                    flows(json, model, lane, vm, i, ts, window);
                } else {
                    instant(json, lane, vm, i, ts, model.vms());
                }
                if (lane.queue(i) >= 0 && lane.queue(i) != queue) {
                    queue = lane.queue(i);
                    json.beginObject().name("ph").value("C").name("name").value("VM " + vm + " queue")
                            .name("pid").value(PID).name("ts").value(ts)
                            .name("args").beginObject().name("messages").value(queue).endObject().endObject();
                }
            }
        }
        json.endArray().endObject();
        json.flush();
    }

    private static void metadata(JsonWriter json, String kind, int tid, String name) throws IOException {
        json.beginObject().name("ph").value("M").name("name").value(kind).name("pid").value(PID);
        if (tid >= 0) {
            json.name("tid").value(tid);
        }
        json.name("args").beginObject().name("name").value(name).endObject().endObject();
    }

    private static void slice(JsonWriter json, LaneData lane, int vm, int i, long ts, long dur, int vms)
            throws IOException {
        json.beginObject().name("ph").value("X").name("name").value(lane.type(i).word()).name("cat").value("tick")
                .name("pid").value(PID).name("tid").value(vm).name("ts").value(ts).name("dur").value(dur);
        arguments(json, lane, i, vms);
        json.endObject();
    }

    private static void instant(JsonWriter json, LaneData lane, int vm, int i, long ts, int vms)
            throws IOException {
        json.beginObject().name("ph").value("i").name("s").value("t").name("name").value(lane.type(i).word())
                .name("cat").value("lifecycle").name("pid").value(PID).name("tid").value(vm).name("ts").value(ts);
        arguments(json, lane, i, vms);
        json.endObject();
    }

    /** A receive's arrow from its send, when both are in the stretch: a flow start at the send, its end here. */
    private static void flows(JsonWriter json, RunModel model, LaneData lane, int vm, int i, long ts,
                              TimeWindow window) throws IOException {
        if (lane.type(i) != EventType.RECEIVE || lane.partner(i) < 0 || lane.sender(i) < 0) {
            return;
        }
        int sender = lane.sender(i);
        long sentAt = model.lane(sender).time(lane.partner(i));
        if (sentAt < window.startMicros() || sentAt > window.endMicros()) {
            return;
        }
        // One id per message: a send to both peers is two messages, two arrows.
        long id = ((long) (sender * 32 + vm) << 32) | lane.partner(i);
        flow(json, "s", id, sender, sentAt - window.startMicros());
        flow(json, "f", id, vm, ts);
    }

    private static void flow(JsonWriter json, String phase, long id, int tid, long ts) throws IOException {
        json.beginObject().name("ph").value(phase).name("name").value("message").name("cat").value("message")
                .name("id").value(id).name("pid").value(PID).name("tid").value(tid).name("ts").value(ts);
        if ("f".equals(phase)) {
            json.name("bp").value("e"); // bound to the slice that encloses it: the receive
        }
        json.endObject();
    }

    private static void arguments(JsonWriter json, LaneData lane, int i, int vms) throws IOException {
        json.name("args").beginObject().name("tick").value(lane.tick(i)).name("clock").value(lane.clock(i))
                .name("line").value(lane.line(i));
        if (lane.queue(i) >= 0) {
            json.name("queue").value(lane.queue(i));
        }
        if (lane.drawnValue(i) >= 0) {
            json.name("value").value(lane.drawnValue(i));
        }
        String to = lane.recipientList(i, ',');
        if (!to.isEmpty()) {
            json.name("to").value(to);
        }
        if (lane.type(i) == EventType.RECEIVE) {
            json.name("from").value(lane.sender(i)).name("msg").value(lane.messageTimestamp(i));
        }
        if (lane.hasVectorClocks()) {
            StringBuilder vc = new StringBuilder();
            for (int k = 0; k < vms; k++) {
                vc.append(k == 0 ? "" : ",").append(lane.vectorEntry(i, k));
            }
            json.name("vc").value(vc.toString());
        }
        json.endObject();
    }
}
