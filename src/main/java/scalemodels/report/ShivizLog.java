package scalemodels.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.VectorClocks;

/**
 * {@code shiviz.log}, a file ShiViz opens: the parsing regex on the first line, a blank line, then per event a
 * description line and a {@code host {"host":n, ...}} vector-clock line. Every tick event is included (start, stop and
 * fault lines are not events of the vector clock), so each host's own entry counts 1, 2, 3 without gaps. LF only, no
 * trailing spaces.
 */
public final class ShivizLog {
    /** ShiViz's standard regex; it must not contain an escaped parenthesis. */
    public static final String REGEX = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";

    private ShivizLog() {
    }

    /**
     * Events above which ShiViz, a browser page, grows slow to parse and draw a log (100,000 did not finish parsing
     * in 10 minutes): an export past it says so and names {@code --until}.
     */
    public static final int COMFORTABLE_EVENTS = 10_000;

    public static void write(RunModel model, Path file) throws IOException {
        write(model, file, Long.MAX_VALUE);
    }

    /**
     * The run from its start up to {@code untilMicros} (ShiViz needs a run's beginning: vector clocks count from it).
     *
     * @return the events written
     */
    public static long write(RunModel model, Path file, long untilMicros) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return write(model, out, untilMicros);
        }
    }

    /** The sentence that warns of a ShiViz log of the run up to {@code untilMicros} too large to open, or null. */
    public static String warning(RunModel model, long untilMicros) {
        long events = 0;
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            int end = lane.firstAtOrAfter(untilMicros == Long.MAX_VALUE ? Long.MAX_VALUE : untilMicros + 1);
            for (int i = 0; i < end; i++) {
                events += lane.type(i).isTick() ? 1 : 0;
            }
        }
        return warning(events);
    }

    static String warning(long events) {
        return events <= COMFORTABLE_EVENTS ? null : String.format(java.util.Locale.ROOT,
                "shiviz.log holds %,d events; ShiViz grows slow above about %,d: export a shorter stretch with "
                        + "--until (in the window: zoom to it before exporting)", events, COMFORTABLE_EVENTS);
    }

    static void write(RunModel model, Writer out) throws IOException {
        write(model, out, Long.MAX_VALUE);
    }

    static long write(RunModel model, Writer out, long untilMicros) throws IOException {
        long written = 0;
        VectorClocks clocks = VectorClocks.of(model);
        out.write(REGEX);
        out.write("\n\n");
        int n = model.vms();
        int[] next = new int[n];
        StringBuilder line = new StringBuilder(160);
        while (true) {
            int vm = earliest(model, next);
            if (vm < 0) {
                break;
            }
            LaneData lane = model.lane(vm);
            if (lane.time(next[vm]) > untilMicros) {
                break; // the causal prefix up to here: every clock written names only events written
            }
            int i = next[vm]++;
            EventType type = lane.type(i);
            if (!type.isTick()) {
                continue; // ShiViz wants each host's own entry to count its events: only ticks move it
            }
            line.setLength(0);
            describe(line, lane, vm, i);
            line.append('\n').append("vm").append(vm).append(" {");
            boolean first = true;
            for (int k = 0; k < n; k++) {
                long entry = clocks.entry(vm, i, k);
                if (entry > 0 || k == vm) {
                    line.append(first ? "" : ", ").append("\"vm").append(k).append("\":").append(entry);
                    first = false;
                }
            }
            line.append("}\n");
            out.append(line);
            written++;
        }
        return written;
    }

    /**
     * The lane whose next event comes first in time, each lane's own order kept, and never a receive before its send
     * (ShiViz refuses a clock naming an event not yet logged; equal times in a simulation could otherwise do that).
     */
    private static int earliest(RunModel model, int[] next) {
        int best = -1;
        int blocked = -1;
        long time = Long.MAX_VALUE;
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            int i = next[vm];
            if (i >= lane.size()) {
                continue;
            }
            boolean waits = lane.type(i) == EventType.RECEIVE && lane.partner(i) >= 0
                    && next[lane.sender(i)] <= lane.partner(i);
            if (waits) {
                blocked = vm;
            } else if (lane.time(i) < time) {
                time = lane.time(i);
                best = vm;
            }
        }
        return best >= 0 ? best : blocked;
    }

    private static void describe(StringBuilder out, LaneData lane, int vm, int i) {
        EventType type = lane.type(i);
        out.append("vm=").append(vm).append(" tick=").append(lane.tick(i)).append(" event=").append(type.word())
                .append(" clock=").append(lane.clock(i));
        if (lane.queue(i) >= 0) {
            out.append(" queue=").append(lane.queue(i));
        }
        if (type == EventType.SEND && lane.recipientMask(i) > 0) {
            out.append(" to=").append(lane.recipientList(i, ','));
        }
        if (type == EventType.RECEIVE) {
            if (lane.sender(i) >= 0) {
                out.append(" from=").append(lane.sender(i));
            }
            out.append(" msg=").append(lane.messageTimestamp(i));
        }
        out.append(" time=");
        scalemodels.log.Timestamps.appendTo(out, lane.time(i));
    }
}
