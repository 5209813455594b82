package scalemodels.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The log's {@code time=} field: UTC with exactly six fraction digits, e.g. {@code 2026-11-24T17:23:47.123456Z}. */
public final class Timestamps {
    private static final int CANONICAL_LENGTH = "2026-11-24T17:23:47.123456Z".length();

    private Timestamps() {
    }

    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /**
     * {@link System#nanoTime()} minus the wall clock in nanoseconds: how a VM turns the common start instant into
     * its own tick schedule. Read several times, keeping the pair of reads closest together: a thread preempted (or
     * loading classes) between its two reads once put a VM's whole schedule 3 ms off the others'.
     */
    public static long monotonicMinusWallNanos() {
        long bestGap = Long.MAX_VALUE;
        long offset = 0;
        for (int i = 0; i < 10; i++) {
            long before = System.nanoTime();
            long wall = nowMicros() * 1000;
            long after = System.nanoTime();
            if (after - before < bestGap) {
                bestGap = after - before;
                offset = before + (after - before) / 2 - wall;
            }
        }
        return offset;
    }

    public static String format(long epochMicros) {
        StringBuilder out = new StringBuilder(CANONICAL_LENGTH);
        appendTo(out, epochMicros);
        return out.toString();
    }

    /** Hand-rolled rather than DateTimeFormatter: every VM formats one of these per event. */
    public static void appendTo(StringBuilder out, long epochMicros) {
        long seconds = Math.floorDiv(epochMicros, 1_000_000L);
        int micros = (int) Math.floorMod(epochMicros, 1_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        pad(out, micros, 6).append('Z');
    }

    /**
     * Microseconds since the epoch for a UTC ISO-8601 instant; any number of fraction digits is accepted, finer than
     * microseconds is truncated.
     *
     * @throws IllegalArgumentException when the text is not such an instant
     */
    public static long parse(String text) {
        long fast = parseCanonical(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            Instant instant = Instant.parse(text);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("time '" + text + "' is not a UTC timestamp like 2026-11-24T17:23:47.123456Z");
        }
    }

    /**
     * The common case, {@code 2026-11-24T17:23:47.123456Z}, read digit by digit: Instant.parse costs more than the
     * rest of parsing an event line. Long.MIN_VALUE when the text is not exactly of that shape.
     */
    private static long parseCanonical(String t) {
        if (t.length() != CANONICAL_LENGTH) {
            return Long.MIN_VALUE;
        }
        // Any character outside Latin-1 becomes '?', which fails the shape check like any other stray character.
        return parseCanonical(t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
    }

    /**
     * The canonical shape read straight from the bytes of a log line at {@code from} (the loader's fast path, which
     * never makes a String of the line). Long.MIN_VALUE when the 27 bytes there are not exactly of that shape.
     */
    public static long parseCanonical(byte[] t, int from) {
        if (from < 0 || from + CANONICAL_LENGTH > t.length || t[from + 4] != '-' || t[from + 7] != '-'
                || t[from + 10] != 'T' || t[from + 13] != ':' || t[from + 16] != ':' || t[from + 19] != '.'
                || t[from + 26] != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(t, from, 4);
        int month = digits(t, from + 5, 2);
        int day = digits(t, from + 8, 2);
        int hour = digits(t, from + 11, 2);
        int minute = digits(t, from + 14, 2);
        int second = digits(t, from + 17, 2);
        int micros = digits(t, from + 20, 6);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || micros < 0) {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Value of the {@code count} decimal digits at {@code from}, or -1 if any is not a digit. */
    static int digits(byte[] t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int c = t[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
