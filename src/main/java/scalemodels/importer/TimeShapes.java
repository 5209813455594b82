package scalemodels.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises how a log writes its times from sample values: ISO instants, dates with times (with or without a
 * fraction), times of day, and numbers since the epoch in seconds, milliseconds, microseconds or nanoseconds. A
 * number too small for the epoch is time since some start: seconds when it has a fraction, else nanoseconds of a
 * monotonic clock or milliseconds.
 */
final class TimeShapes {
    /** A recognised shape: the regex a value of it matches, and how to read it. */
    record Shape(String regex, TimeFormat format, boolean local) {
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ])\\d{2}:\\d{2}:\\d{2}([.,]\\d+)?(Z)?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:\\d{2}:\\d{2}([.,]\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(\\.\\d+)?");
    /** Written dates and times anywhere in a line, tried in this order. */
    static final String WRITTEN = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?Z?"
            + "|\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?";
    /** Epoch numbers anywhere in a line (2017 to 2033), in seconds with a fraction, millis, micros or nanos. */
    static final String EPOCH = "1[5-9]\\d{8}\\.\\d+|1[5-9]\\d{11}|1[5-9]\\d{14}|1[5-9]\\d{17}";

    private TimeShapes() {
    }

    /**
     * The shape every sample has, or null when they disagree or none is a time. Numbers only some of which look like
     * the epoch are time since a start (see {@link #elapsed}).
     */
    static Shape of(List<String> samples) {
        Shape shape = null;
        for (String sample : samples) {
            Shape one = of(sample.strip());
            if (one == null) {
                return null;
            }
            if (shape != null && !shape.format().text().equals(one.format().text())) {
                return elapsed(samples);
            }
            shape = one;
        }
        return shape;
    }

    /**
     * Numbers that disagree on their shape one by one: a monotonic clock in nanoseconds passes 1.5e9 (which alone
     * looks like epoch seconds of 2017) and 1e10 on its way, so the column as a whole is time since a start, read by
     * its longest number as {@link #of(String)} reads one; null unless every sample is a number.
     */
    private static Shape elapsed(List<String> samples) {
        boolean fraction = false;
        int digits = 0;
        for (String sample : samples) {
            Matcher m = NUMBER.matcher(sample.strip());
            if (!m.matches()) {
                return null;
            }
            fraction |= m.group(2) != null;
            digits = Math.max(digits, m.group(1).length());
        }
        String kind = fraction ? "elapsed-seconds" : digits >= 10 ? "elapsed-nanos" : "elapsed-millis";
        return new Shape("\\d+(?:\\.\\d+)?", TimeFormat.of(kind), false);
    }

    static Shape of(String value) {
        Matcher m = DATE_TIME.matcher(value);
        if (m.matches()) {
            if (m.group(1).equals("T") && m.group(3) != null) {
                return new Shape("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z", TimeFormat.of("iso"), false);
            }
            String pattern = "yyyy-MM-dd" + (m.group(1).equals("T") ? "'T'" : " ") + "HH:mm:ss"
                    + fraction(m.group(2)) + (m.group(3) != null ? "'Z'" : "");
            return new Shape("\\d{4}-\\d{2}-\\d{2}" + (m.group(1).equals("T") ? "T" : " ")
                    + "\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?" + (m.group(3) != null ? "Z" : ""), TimeFormat.of(pattern),
                    m.group(3) == null);
        }
        m = TIME_OF_DAY.matcher(value);
        if (m.matches()) {
            return new Shape("\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?", TimeFormat.of("HH:mm:ss" + fraction(m.group(1))),
                    true);
        }
        m = NUMBER.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int digits = m.group(1).length();
        boolean fraction = m.group(2) != null;
        boolean epochLike = m.group(1).charAt(0) == '1' && m.group(1).length() > 1 && m.group(1).charAt(1) >= '5';
        String regex = "\\d+(?:\\.\\d+)?";
        String kind;
        if (epochLike && digits == 10) {
            kind = "epoch-seconds";
        } else if (epochLike && digits == 13 && !fraction) {
            kind = "epoch-millis";
        } else if (epochLike && digits == 16 && !fraction) {
            kind = "epoch-micros";
        } else if (epochLike && digits == 19 && !fraction) {
            kind = "epoch-nanos";
        } else if (fraction) {
            kind = "elapsed-seconds";
        } else {
            kind = digits >= 10 ? "elapsed-nanos" : "elapsed-millis";
        }
        return new Shape(regex, TimeFormat.of(kind), false);
    }

    /** A fraction of seconds in a pattern: any number of digits is read (see {@link TimeFormat}). */
    private static String fraction(String written) {
        return written == null ? ".S" : written.charAt(0) + "S";
    }
}
