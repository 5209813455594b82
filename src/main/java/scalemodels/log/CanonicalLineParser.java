package scalemodels.log;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The loader's fast path: reads the lines a VM writes (internal, send and receive, keys in the order
 * {@link LogLineFormat#format} writes them) straight from the file's bytes, without a String or a map per line. It
 * answers null for anything else (another key order, a rare event kind, a fault field, a number it would have to
 * range-check, a stray byte), and the caller then parses that line with {@link LogLineFormat#parse}, which accepts
 * or names the problem. So it can only make loading faster, never change what a line means.
 *
 * <p>One instance per thread: it keeps its cursor in fields.
 */
final class CanonicalLineParser {
    private static final byte[] TIME = ascii("time=");
    private static final byte[] VM = ascii(" vm=");
    private static final byte[] TICK = ascii(" tick=");
    private static final byte[] EVENT = ascii(" event=");
    private static final byte[] CLOCK = ascii(" clock=");
    private static final byte[] QUEUE = ascii(" queue=");
    private static final byte[] VALUE = ascii(" value=");
    private static final byte[] TO = ascii(" to=");
    private static final byte[] FROM = ascii(" from=");
    private static final byte[] MSG = ascii(" msg=");
    private static final byte[] VC = ascii(" vc=");
    private static final byte[] INTERNAL = ascii("internal");
    private static final byte[] SEND = ascii("send");
    private static final byte[] RECEIVE = ascii("receive");
    private static final int TIME_LENGTH = 27;
    /** At most 18 digits, so that a number never overflows a long; longer ones go to the general parser. */
    private static final int MAX_DIGITS = 18;
    private static final int[] NONE = new int[0];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long[] scratch = new long[32];
    /** The last timestamp's "yyyy-MM-ddTHH:mm" and its value: lines of the same minute only read the seconds. */
    private long minutePrefixA;
    private long minutePrefixB;
    private long minuteMicros = Long.MIN_VALUE;
    private byte[] b;
    private int pos;
    private int end;

    /** The event on the line {@code [from, to)}, or null when the line is not of the common canonical shape. */
    LogEvent parse(byte[] bytes, int from, int to) {
        if (to - from > LogLineFormat.MAX_LINE_LENGTH) {
            return null;
        }
        b = bytes;
        pos = from;
        end = to;
        if (!key(TIME) || pos + TIME_LENGTH > end) {
            return null;
        }
        long time = time();
        if (time == Long.MIN_VALUE) {
            return null;
        }
        pos += TIME_LENGTH;
        long vm = key(VM) ? intValue() : -1;
        long tick = key(TICK) ? number() : -1;
        if (vm < 0 || tick < 0 || !key(EVENT)) {
            return null;
        }
        EventType type = word();
        long clock = key(CLOCK) ? number() : -1;
        long queue = key(QUEUE) ? intValue() : -1;
        if (type == null || clock < 0 || queue < 0) {
            return null;
        }
        EventDetail detail = switch (type) {
            case INTERNAL -> {
                long value = key(VALUE) ? intValue() : -1;
                yield value >= 1 ? new EventDetail.Internal((int) value) : null;
            }
            case SEND -> {
                long value = key(VALUE) ? intValue() : -1;
                int[] recipients = value >= 1 && key(TO) ? intList() : null;
                yield recipients != null ? new EventDetail.Send((int) value, recipients, NONE, NONE, NONE) : null;
            }
            case RECEIVE -> {
                long sender = key(FROM) ? intValue() : -1;
                long msg = key(MSG) ? number() : -1;
                yield sender >= 0 && msg >= 0 ? new EventDetail.Receive((int) sender, msg) : null;
            }
            // The rarer kinds take the general parser.
            case START, STOP, PAUSE, RESUME, CRASH, RESTART, FAULT, RECONNECT -> null;
        };
        long[] vc = detail != null && key(VC) ? longList() : null;
        if (vc == null || pos != end) {
            return null;
        }
        return new LogEvent(time, (int) vm, tick, clock, (int) queue, detail, vc);
    }

    /**
     * The canonical timestamp at the cursor. A VM writes many lines a minute, so the date, hour and minute are read
     * once and compared as two words after that.
     */
    private long time() {
        long a = (long) LONGS.get(b, pos);
        long c = (long) LONGS.get(b, pos + 8);
        if (minuteMicros != Long.MIN_VALUE && a == minutePrefixA && c == minutePrefixB && b[pos + 16] == ':'
                && b[pos + 19] == '.' && b[pos + 26] == 'Z') {
            int seconds = Timestamps.digits(b, pos + 17, 2);
            int micros = Timestamps.digits(b, pos + 20, 6);
            if (seconds >= 0 && seconds <= 59 && micros >= 0) {
                return minuteMicros + seconds * 1_000_000L + micros;
            }
            return Long.MIN_VALUE;
        }
        long time = Timestamps.parseCanonical(b, pos);
        if (time != Long.MIN_VALUE) {
            minutePrefixA = a;
            minutePrefixB = c;
            minuteMicros = time - Timestamps.digits(b, pos + 17, 2) * 1_000_000L - Timestamps.digits(b, pos + 20, 6);
        }
        return time;
    }

    private boolean key(byte[] k) {
        if (pos + k.length > end) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (b[pos + i] != k[i]) {
                return false;
            }
        }
        pos += k.length;
        return true;
    }

    private EventType word() {
        if (matchesWord(INTERNAL)) {
            return EventType.INTERNAL;
        }
        if (matchesWord(SEND)) {
            return EventType.SEND;
        }
        return matchesWord(RECEIVE) ? EventType.RECEIVE : null;
    }

    /** The word followed by a space (the next key), consumed. */
    private boolean matchesWord(byte[] w) {
        if (pos + w.length >= end || b[pos + w.length] != ' ') {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (b[pos + i] != w[i]) {
                return false;
            }
        }
        pos += w.length;
        return true;
    }

    /** A run of 1 to 18 digits, consumed; -1 when there is none or it is longer. */
    private long number() {
        long value = 0;
        int start = pos;
        while (pos < end) {
            int d = b[pos] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            pos++;
        }
        int count = pos - start;
        return count == 0 || count > MAX_DIGITS ? -1 : value;
    }

    private long intValue() {
        long value = number();
        return value > Integer.MAX_VALUE ? -1 : value;
    }

    /** Comma-separated numbers up to the next space or the end; null when malformed. */
    private long[] longList() {
        int count = 0;
        while (true) {
            long value = number();
            if (value < 0) {
                return null;
            }
            if (count == scratch.length) {
                scratch = Arrays.copyOf(scratch, count * 2);
            }
            scratch[count++] = value;
            if (pos >= end || b[pos] != ',') {
                return Arrays.copyOf(scratch, count);
            }
            pos++;
        }
    }

    private int[] intList() {
        long[] values = longList();
        if (values == null) {
            return null;
        }
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] > Integer.MAX_VALUE) {
                return null;
            }
            ints[i] = (int) values[i];
        }
        return ints;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
