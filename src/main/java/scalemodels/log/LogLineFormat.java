package scalemodels.log;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
    private static final Map<EventType, Set<String>> SPECIFIC = Map.ofEntries(
            Map.entry(EventType.RECONNECT, Set.of("to")),
            Map.entry(EventType.START, Set.of("rate", "speed", "seed", "vms", "vc")),
            Map.entry(EventType.INTERNAL, Set.of("value", "vc")),
            Map.entry(EventType.SEND, Set.of("value", "to", "failed", "dropped", "delayed", "vc")),
            Map.entry(EventType.RECEIVE, Set.of("from", "msg", "vc")),
            Map.entry(EventType.STOP, Set.of()),
            Map.entry(EventType.PAUSE, Set.of()),
            Map.entry(EventType.RESUME, Set.of()),
            Map.entry(EventType.CRASH, Set.of()),
            Map.entry(EventType.RESTART, Set.of("rate", "speed", "seed", "vms", "vc")),
            Map.entry(EventType.FAULT, Set.of("fault", "to", "delay_ms", "for_ms")));
    private static final int[] NONE = new int[0];
    private static final ThreadLocal<CanonicalLineParser> FAST = ThreadLocal.withInitial(CanonicalLineParser::new);

    private LogLineFormat() {
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
        Map<String, String> fields = split(line);
        String word = require(fields, "event");
        EventType type = EventType.fromWord(word);
        if (type == null) {
            throw new MalformedLineException("unknown event '" + word + "'");
        }
        for (String key : fields.keySet()) {
            if (!COMMON.contains(key) && !SPECIFIC.get(type).contains(key)) {
                throw new MalformedLineException("key '" + key + "' does not belong on a " + word + " line");
            }
        }
        long time;
        try {
            time = Timestamps.parse(require(fields, "time"));
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException(e.getMessage());
        }
        int vm = intField(fields, "vm", 0);
        long tick = longField(fields, "tick", 0);
        long clock = longField(fields, "clock", 0);
        int queue = intField(fields, "queue", 0);
        EventDetail detail = switch (type) {
            case START -> new EventDetail.Start(intField(fields, "rate", 1), speedField(fields),
                    longField(fields, "seed", Long.MIN_VALUE), intField(fields, "vms", 1));
            case RESTART -> new EventDetail.Restart(intField(fields, "rate", 1), speedField(fields),
                    longField(fields, "seed", Long.MIN_VALUE), intField(fields, "vms", 1));
            case INTERNAL -> new EventDetail.Internal(intField(fields, "value", 1));
            case SEND -> new EventDetail.Send(intField(fields, "value", 1), intList(fields, "to"),
                    optionalIntList(fields, "failed"), optionalIntList(fields, "dropped"),
                    optionalIntList(fields, "delayed"));
            case RECEIVE -> new EventDetail.Receive(intField(fields, "from", 0), longField(fields, "msg", 0));
            case STOP -> new EventDetail.Stop();
            case PAUSE -> new EventDetail.Pause();
            case RESUME -> new EventDetail.Resume();
            case CRASH -> new EventDetail.Crash();
            case FAULT -> fault(fields);
            case RECONNECT -> new EventDetail.Reconnect(intField(fields, "to", 0));
        };
        long[] vc = type.carriesVectorClock() ? longList(fields, "vc") : null;
        return new LogEvent(time, vm, tick, clock, queue, detail, vc);
    }

    private static EventDetail.Fault fault(Map<String, String> fields) throws MalformedLineException {
        String word = require(fields, "fault");
        FaultKind kind;
        try {
            kind = FaultKind.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw new MalformedLineException("fault '" + abbreviate(word) + "' is none of drop, delay, clear");
        }
        long delay = fields.containsKey("delay_ms") ? longField(fields, "delay_ms", 0) : 0;
        long duration = fields.containsKey("for_ms") ? longField(fields, "for_ms", 0) : 0;
        return new EventDetail.Fault(kind, intField(fields, "to", 0), delay, duration);
    }

    private static int[] optionalIntList(Map<String, String> fields, String key) throws MalformedLineException {
        return fields.containsKey(key) ? intList(fields, key) : NONE;
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

    private static Map<String, String> split(String line) throws MalformedLineException {
        Map<String, String> fields = new HashMap<>(16);
        if (line.isEmpty()) {
            throw new MalformedLineException("empty line");
        }
        int start = 0;
        while (start <= line.length()) {
            int end = line.indexOf(' ', start);
            if (end < 0) {
                end = line.length();
            }
            String pair = line.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new MalformedLineException(pair.isEmpty() ? "two spaces in a row, or a space at the end"
                        : "'" + abbreviate(pair) + "' is not key=value");
            }
            String key = pair.substring(0, eq);
            if (fields.put(key, pair.substring(eq + 1)) != null) {
                throw new MalformedLineException("key '" + key + "' appears twice");
            }
            start = end + 1;
        }
        return fields;
    }

    private static String require(Map<String, String> fields, String key) throws MalformedLineException {
        String value = fields.get(key);
        if (value == null) {
            throw new MalformedLineException("missing key '" + key + "'");
        }
        return value;
    }

    private static long longField(Map<String, String> fields, String key, long min) throws MalformedLineException {
        String text = require(fields, key);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MalformedLineException(key + "='" + abbreviate(text) + "' is not a whole number");
        }
        if (value < min) {
            throw new MalformedLineException(key + "=" + value + " is below " + min);
        }
        return value;
    }

    private static int intField(Map<String, String> fields, String key, int min) throws MalformedLineException {
        long value = longField(fields, key, min);
        if (value > Integer.MAX_VALUE) {
            throw new MalformedLineException(key + "=" + value + " is too large");
        }
        return (int) value;
    }

    private static double speedField(Map<String, String> fields) throws MalformedLineException {
        String text = require(fields, "speed");
        try {
            double speed = Double.parseDouble(text);
            if (speed > 0 && Double.isFinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedLineException("speed='" + abbreviate(text) + "' is not a positive number");
    }

    private static int[] intList(Map<String, String> fields, String key) throws MalformedLineException {
        long[] values = longList(fields, key);
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] > Integer.MAX_VALUE) {
                throw new MalformedLineException(key + " entry " + values[i] + " is too large");
            }
            ints[i] = (int) values[i];
        }
        return ints;
    }

    private static long[] longList(Map<String, String> fields, String key) throws MalformedLineException {
        String text = require(fields, key);
        if (text.isEmpty()) {
            throw new MalformedLineException(key + " is empty");
        }
        String[] parts = text.split(",", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new MalformedLineException(key + "='" + abbreviate(text) + "' is not a comma-separated list of whole numbers");
            }
            if (values[i] < 0) {
                throw new MalformedLineException(key + " entry " + values[i] + " is negative");
            }
        }
        return values;
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

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
