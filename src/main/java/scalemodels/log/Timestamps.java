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
        try {
            Instant instant = Instant.parse(text);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("time '" + text + "' is not a UTC timestamp like 2026-11-24T17:23:47.123456Z");
        }
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
