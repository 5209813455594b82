package scalemodels.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a format makes of one line of a log: blank, too long, the rate header, skipped, not matching, or an event with
 * its event word and fields. One place for the importer and the format editor's preview, so the preview shows
 * exactly what an import reads.
 *
 * @param rate     the rate of a rate header
 * @param typeWord the event group's text (null when the format has none)
 * @param fields   fields with a meaning, by name (after rename.* keys)
 * @param extras   other named groups, kept as extra fields
 */
record LineReading(Kind kind, String rate, String typeWord, Map<String, String> fields, Map<String, String> extras) {
    enum Kind { BLANK, TOO_LONG, RATE, SKIPPED, NO_MATCH, TOO_COMPLEX, EVENT }

    /**
     * Character reads a match may make per character of the line (plus a floor): far above what any sane pattern
     * needs, far below what a pattern that backtracks without end (an edited format, a hostile line) would take.
     */
    static final int READS_PER_CHAR = 1_000;
    private static final int READS_FLOOR = 100_000;

    /** A line of a line-mode format; the rate header is tried before skipping (the one header that says something). */
    static LineReading of(LogFormat format, List<String> groups, String line) {
        if (line.isBlank()) {
            return bare(Kind.BLANK);
        }
        if (line.length() > LogImporter.MAX_LINE_CHARS) {
            return bare(Kind.TOO_LONG);
        }
        if (format.rate() != null) {
            Matcher rate = format.rate().matcher(line);
            if (rate.matches()) {
                return new LineReading(Kind.RATE, rate.group("rate"), null, Map.of(), Map.of());
            }
        }
        if (format.skip() != null && format.skip().matcher(line).matches()) {
            return bare(Kind.SKIPPED);
        }
        Matcher m = format.event().matcher(new Budgeted(line));
        try {
            return m.matches() ? event(format, m, groups) : bare(Kind.NO_MATCH);
        } catch (Budgeted.Exhausted e) {
            return bare(Kind.TOO_COMPLEX);
        }
    }

    /** The line, readable only so many times: java.util.regex cannot be interrupted, but it reads through this. */
    private static final class Budgeted implements CharSequence {
        /** Thrown when the reads are used up; without a stack trace, as it is expected. */
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super("match budget used up", null, false, false);
            }
        }

        private final String text;
        private long left;

        Budgeted(String text) {
            this.text = text;
            this.left = (long) READS_PER_CHAR * text.length() + READS_FLOOR;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The event a match of the format's event pattern found. */
    static LineReading event(LogFormat format, Matcher m, List<String> groups) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> extras = new LinkedHashMap<>();
        String typeWord = null;
        for (String group : groups) {
            String value = m.group(group);
            if (value == null) {
                continue;
            }
            String field = format.field(group);
            if (field.equals("event")) {
                typeWord = value;
            } else if (LogFormat.KNOWN_GROUPS.contains(field)) {
                if (!NoValue.says(value)) {
                    fields.put(field, value);
                }
            } else {
                extras.put(field, value);
            }
        }
        return new LineReading(Kind.EVENT, null, typeWord, fields, extras);
    }

    private static LineReading bare(Kind kind) {
        return new LineReading(kind, null, null, Map.of(), Map.of());
    }
}
