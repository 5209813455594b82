package scalemodels.log;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.FaultKind;
import scalemodels.event.LogEvent;
import scalemodels.model.RunSettings;

/**
 * The one codec for event lines: logfmt, {@code key=value} pairs separated by single spaces, keys in a fixed order.
 * The VM writes with it, the supervisor streams with it, and replay and analysis read with it.
 *
 * <pre>
 * time=... vm=0 tick=0 event=start clock=0 queue=0 rate=4 speed=1 seed=812 vms=3 vc=0,0,0
 * time=... vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0
 * time=... vm=0 tick=2 event=send clock=2 queue=0 value=3 to=1,2 vc=2,0,0
 * time=... vm=0 tick=3 event=receive clock=7 queue=1 from=2 msg=6 vc=3,0,6
 * time=... vm=0 tick=240 event=stop clock=412 queue=3
 * </pre>
 */
public final class LogLineFormat {
    /** Longer lines are refused before they are split: no honest event line comes near it. */
    public static final int MAX_LINE_LENGTH = 4096;

    private static final Set<String> COMMON = Set.of("time", "vm", "tick", "event", "clock", "queue");
    private static final int[] NONE = new int[0];
    private static final ThreadLocal<CanonicalLineParser> FAST = ThreadLocal.withInitial(CanonicalLineParser::new);

    private LogLineFormat() {
    }

    /** The keys only this kind of line has; an exhaustive switch, so a new kind needs its keys here to compile. */
    static Set<String> specificKeys(EventType type) {
        return switch (type) {
            case START, RESTART -> Set.of("rate", "speed", "seed", "vms", "vc");
            case INTERNAL -> Set.of("value", "vc");
            case SEND -> Set.of("value", "to", "failed", "dropped", "delayed", "vc");
            case RECEIVE -> Set.of("from", "msg", "vc");
            case FAULT -> Set.of("fault", "to", "delay_ms", "for_ms");
            case RECONNECT -> Set.of("to");
            case STOP, PAUSE, RESUME, CRASH -> Set.of();
        };
    }

    public static String format(LogEvent e) {
        StringBuilder out = new StringBuilder(128);
        out.append("time=");
        Timestamps.appendTo(out, e.timeMicros());
        out.append(" vm=").append(e.vm())
                .append(" tick=").append(e.tick())
                .append(" event=").append(e.type().word())
                .append(" clock=").append(e.clock())
                .append(" queue=").append(e.queue());
        appendDetail(out, e.detail());
        if (e.vc() != null) {
            out.append(" vc=");
            appendList(out, e.vc());
        }
        return out.toString();
    }

    /**
     * The keys only this kind of event has. A switch expression over the kinds (its value is not needed), so that a
     * new kind does not compile until its keys are written here.
     */
    private static void appendDetail(StringBuilder out, EventDetail detail) {
        StringBuilder unused = switch (detail.type()) {
            case START -> {
                EventDetail.Start start = (EventDetail.Start) detail;
                yield appendOpening(out, start.rate(), start.speed(), start.seed(), start.vms());
            }
            case RESTART -> {
                EventDetail.Restart restart = (EventDetail.Restart) detail;
                yield appendOpening(out, restart.rate(), restart.speed(), restart.seed(), restart.vms());
            }
            case INTERNAL -> out.append(" value=").append(((EventDetail.Internal) detail).value());
            case SEND -> {
                EventDetail.Send send = (EventDetail.Send) detail;
                out.append(" value=").append(send.value()).append(" to=");
                appendList(out, send.to());
                appendOptionalList(out, " failed=", send.failed());
                appendOptionalList(out, " dropped=", send.dropped());
                appendOptionalList(out, " delayed=", send.delayed());
                yield out;
            }
            case FAULT -> {
                EventDetail.Fault fault = (EventDetail.Fault) detail;
                out.append(" fault=").append(fault.kind().word()).append(" to=").append(fault.to());
                yield switch (fault.kind()) {
                    case DELAY -> out.append(" delay_ms=").append(fault.delayMillis()).append(" for_ms=")
                            .append(fault.forMillis());
                    case DROP -> out.append(" for_ms=").append(fault.forMillis());
                    case CLEAR -> out;
                };
            }
            case RECONNECT -> out.append(" to=").append(((EventDetail.Reconnect) detail).to());
            case RECEIVE -> {
                EventDetail.Receive receive = (EventDetail.Receive) detail;
                yield out.append(" from=").append(receive.from()).append(" msg=").append(receive.msg());
            }
            case STOP, PAUSE, RESUME, CRASH -> out;
        };
    }

    /**
     * Parses one event line. Keys may come in any order, but each known key must appear at most once, every key the
     * event needs must be there, and no other key may.
     */
    public static LogEvent parse(String line) throws MalformedLineException {
        if (line.length() <= MAX_LINE_LENGTH) {
            // The supervisor parses every streamed line: the common shapes go the fast way (a Latin-1 copy of the
            // line; any other character becomes '?', which the fast path refuses).
            byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
            LogEvent fast = FAST.get().parse(bytes, 0, bytes.length);
            if (fast != null) {
                return fast;
            }
        }
        return parseGeneral(line);
    }

    /** The general parser: any key order, every check, a message naming the problem. */
    static LogEvent parseGeneral(String line) throws MalformedLineException {
        if (line.length() > MAX_LINE_LENGTH) {
            throw new MalformedLineException("line of " + line.length() + " characters, longer than "
                    + MAX_LINE_LENGTH);
        }
        LineFields fields = LineFields.split(line);
        String word = fields.require("event");
        EventType type = EventType.fromWord(word);
        if (type == null) {
            throw new MalformedLineException("unknown event '" + word + "'");
        }
        for (String key : fields.keys()) {
            if (!COMMON.contains(key) && !specificKeys(type).contains(key)) {
                throw new MalformedLineException("key '" + key + "' does not belong on a " + word + " line");
            }
        }
        long time;
        try {
            time = Timestamps.parse(fields.require("time"));
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException(e.getMessage());
        }
        int vm = fields.intField("vm", 0);
        long tick = fields.longField("tick", 0);
        long clock = fields.longField("clock", 0);
        int queue = fields.intField("queue", 0);
        EventDetail detail = switch (type) {
            case START -> new EventDetail.Start(fields.intField("rate", 1), fields.speedField(),
                    fields.longField("seed", Long.MIN_VALUE), fields.intField("vms", 1));
            case RESTART -> new EventDetail.Restart(fields.intField("rate", 1), fields.speedField(),
                    fields.longField("seed", Long.MIN_VALUE), fields.intField("vms", 1));
            case INTERNAL -> new EventDetail.Internal(fields.intField("value", 1));
            case SEND -> new EventDetail.Send(fields.intField("value", 1), fields.intList("to"),
                    optionalIntList(fields, "failed"), optionalIntList(fields, "dropped"),
                    optionalIntList(fields, "delayed"));
            case RECEIVE -> new EventDetail.Receive(fields.intField("from", 0), fields.longField("msg", 0));
            case STOP -> new EventDetail.Stop();
            case PAUSE -> new EventDetail.Pause();
            case RESUME -> new EventDetail.Resume();
            case CRASH -> new EventDetail.Crash();
            case FAULT -> fault(fields);
            case RECONNECT -> new EventDetail.Reconnect(fields.intField("to", 0));
        };
        long[] vc = type.carriesVectorClock() ? fields.longList("vc") : null;
        return new LogEvent(time, vm, tick, clock, queue, detail, vc);
    }

    private static EventDetail.Fault fault(LineFields fields) throws MalformedLineException {
        String word = fields.require("fault");
        FaultKind kind;
        try {
            kind = FaultKind.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException("fault '" + LineFields.abbreviate(word)
                    + "' is none of drop, delay, clear");
        }
        long delay = fields.has("delay_ms") ? fields.longField("delay_ms", 0) : 0;
        long duration = fields.has("for_ms") ? fields.longField("for_ms", 0) : 0;
        return new EventDetail.Fault(kind, fields.intField("to", 0), delay, duration);
    }

    private static int[] optionalIntList(LineFields fields, String key) throws MalformedLineException {
        return fields.has(key) ? fields.intList(key) : NONE;
    }

    private static StringBuilder appendOpening(StringBuilder out, int rate, double speed, long seed, int vms) {
        return out.append(" rate=").append(rate)
                .append(" speed=").append(RunSettings.plain(speed))
                .append(" seed=").append(seed)
                .append(" vms=").append(vms);
    }

    private static void appendOptionalList(StringBuilder out, String key, int[] values) {
        if (values.length > 0) {
            out.append(key);
            appendList(out, values);
        }
    }

    private static void appendList(StringBuilder out, int[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
    }

    private static void appendList(StringBuilder out, long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
    }
}
