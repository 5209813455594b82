package scalemodels.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import scalemodels.log.Timestamps;

/**
 * How a foreign log writes its times (the {@code time.format} key): the forms real implementations of the exercise
 * use, each turned into microseconds since the epoch. Times without a date or an epoch (seconds since the program
 * started, a monotonic clock, a time of day) are placed on 2000-01-01 UTC, so they never pass for a live run's.
 */
public record TimeFormat(Kind kind, String pattern, DateTimeFormatter formatter) {
    /** The day that times without a date are placed on (2000-01-01T00:00:00Z), in microseconds. */
    public static final long UNDATED_EPOCH_MICROS = 946_684_800_000_000L;

    /** The forms, with the word that names each in a format file. */
    public enum Kind {
        ISO("iso", "ISO-8601 date and time in UTC"),
        ORDER("order", "absent (events 1 ms apart in file order)"),
        EPOCH_SECONDS("epoch-seconds", "seconds since the epoch, fractions allowed"),
        EPOCH_MILLIS("epoch-millis", "milliseconds since the epoch"),
        EPOCH_MICROS("epoch-micros", "microseconds since the epoch"),
        EPOCH_NANOS("epoch-nanos", "nanoseconds since the epoch"),
        ELAPSED_SECONDS("elapsed-seconds", "seconds since an unknown start (program start or a monotonic clock)"),
        ELAPSED_MILLIS("elapsed-millis", "milliseconds since an unknown start"),
        ELAPSED_NANOS("elapsed-nanos", "nanoseconds of a monotonic clock"),
        PATTERN("pattern", "a date and time pattern"),
        TIME_OF_DAY("pattern", "a time of day without a date");

        private final String word;
        private final String meaning;

        Kind(String word, String meaning) {
            this.word = word;
            this.meaning = meaning;
        }

        public String word() {
            return word;
        }

        public String meaning() {
            return meaning;
        }
    }

    /** Reads a {@code time.format} value: one of the kind words or a java.time pattern. */
    public static TimeFormat of(String text) {
        String word = text.strip();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.PATTERN && kind != Kind.TIME_OF_DAY && kind.word.equalsIgnoreCase(word)) {
                return new TimeFormat(kind, kind.word, null);
            }
        }
        DateTimeFormatter formatter;
        try {
            formatter = formatter(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time.format '" + word + "' is neither a time kind (iso, order, "
                    + "epoch-seconds, epoch-millis, epoch-micros, epoch-nanos, elapsed-seconds, elapsed-millis, "
                    + "elapsed-nanos) nor a date-time pattern: " + e.getMessage());
        }
        boolean hasDate = word.contains("y") || word.contains("u") || word.contains("d");
        return new TimeFormat(hasDate ? Kind.PATTERN : Kind.TIME_OF_DAY, word, formatter);
    }

    /**
     * A pattern's formatter; a fraction of seconds ({@code .S}, {@code .SSS}, ...) takes any number of digits or
     * none, as programs print them (Python drops the fraction of a whole second).
     */
    private static DateTimeFormatter formatter(String pattern) {
        java.util.regex.Matcher fraction = java.util.regex.Pattern.compile("[.,]S+").matcher(pattern);
        if (!fraction.find()) {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        }
        var builder = new java.time.format.DateTimeFormatterBuilder()
                .appendPattern(pattern.substring(0, fraction.start()));
        if (pattern.charAt(fraction.start()) == ',') {
            builder.optionalStart().appendLiteral(',').appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false)
                    .optionalEnd();
        } else {
            builder.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true);
        }
        return builder.appendPattern(pattern.substring(fraction.end())).toFormatter(Locale.ROOT);
    }

    /** What a format file writes for this time format. */
    public String text() {
        return pattern;
    }

    public boolean fromOrder() {
        return kind == Kind.ORDER;
    }

    /** In words, for the sentence that says what was inferred. */
    public String describe(ZoneId zone) {
        return switch (kind) {
            case PATTERN -> "date and time '" + pattern + "' (" + zoneWords(zone) + ")";
            case TIME_OF_DAY -> "time of day '" + pattern + "' (" + zoneWords(zone) + ", no date)";
            default -> kind.meaning;
        };
    }

    private static String zoneWords(ZoneId zone) {
        return zone.equals(ZoneId.systemDefault()) ? "local time" : zone.getId();
    }

    /**
     * Microseconds since the epoch for a time field.
     *
     * @throws IllegalArgumentException with a readable reason when the text does not fit
     */
    public long parse(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return switch (kind) {
                case ISO -> Timestamps.parse(t);
                case ORDER -> throw new IllegalStateException("times from order are not parsed");
                case EPOCH_SECONDS -> scaled(t, 1_000_000, 0);
                case EPOCH_MILLIS -> scaled(t, 1_000, 0);
                case EPOCH_MICROS -> scaled(t, 1, 0);
                case EPOCH_NANOS -> scaled(t, 0.001, 0);
                case ELAPSED_SECONDS -> scaled(t, 1_000_000, UNDATED_EPOCH_MICROS);
                case ELAPSED_MILLIS -> scaled(t, 1_000, UNDATED_EPOCH_MICROS);
                case ELAPSED_NANOS -> scaled(t, 0.001, UNDATED_EPOCH_MICROS);
                case PATTERN -> micros(LocalDateTime.parse(t, formatter), zone);
                case TIME_OF_DAY -> micros(LocalDate.of(2000, 1, 1).atTime(timeOfDay(formatter.parse(t))), zone);
            };
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("time '" + FormatText.abbreviate(t) + "' is not "
                    + describe(zone));
        }
    }

    private static long scaled(String text, double microsPerUnit, long origin) {
        BigDecimal value = new BigDecimal(text);
        return origin + value.multiply(BigDecimal.valueOf(microsPerUnit)).longValue();
    }

    private static LocalTime timeOfDay(TemporalAccessor parsed) {
        return LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
    }

    private static long micros(LocalDateTime time, ZoneId zone) {
        var instant = time.atZone(zone).toInstant();
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
