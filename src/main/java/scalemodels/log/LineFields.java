package scalemodels.log;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code key=value} pairs of one event line, split once, read as checked fields: a missing key, a number out of
 * range or a malformed list fails with a {@link MalformedLineException} that names the key and quotes the value.
 */
final class LineFields {
    private final Map<String, String> fields;

    private LineFields(Map<String, String> fields) {
        this.fields = fields;
    }

    Set<String> keys() {
        return fields.keySet();
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    static LineFields split(String line) throws MalformedLineException {
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
        return new LineFields(fields);
    }

    String require(String key) throws MalformedLineException {
        String value = fields.get(key);
        if (value == null) {
            throw new MalformedLineException("missing key '" + key + "'");
        }
        return value;
    }

    long longField(String key, long min) throws MalformedLineException {
        String text = require(key);
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

    int intField(String key, int min) throws MalformedLineException {
        long value = longField(key, min);
        if (value > Integer.MAX_VALUE) {
            throw new MalformedLineException(key + "=" + value + " is too large");
        }
        return (int) value;
    }

    double speedField() throws MalformedLineException {
        String text = require("speed");
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

    int[] intList(String key) throws MalformedLineException {
        long[] values = longList(key);
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] > Integer.MAX_VALUE) {
                throw new MalformedLineException(key + " entry " + values[i] + " is too large");
            }
            ints[i] = (int) values[i];
        }
        return ints;
    }

    long[] longList(String key) throws MalformedLineException {
        String text = require(key);
        if (text.isEmpty()) {
            throw new MalformedLineException(key + " is empty");
        }
        String[] parts = text.split(",", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new MalformedLineException(key + "='" + abbreviate(text)
                        + "' is not a comma-separated list of whole numbers");
            }
            if (values[i] < 0) {
                throw new MalformedLineException(key + " entry " + values[i] + " is negative");
            }
        }
        return values;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
