package scalemodels.model;

import java.util.regex.Pattern;

/**
 * Numbers as people type them into this tool, in ASCII only: Java's own parsers also take other scripts' digits
 * ("３" is 3 to {@code Integer.parseInt}), which no one means to type and which a log, a manifest or a rerun line
 * would then show differently from what was given. The command line and the settings panel both read through here.
 */
public final class AsciiNumbers {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private AsciiNumbers() {
    }

    /** @throws NumberFormatException unless {@code text} is a whole number in ASCII digits within int's range */
    public static int parseInt(String text) {
        return Integer.parseInt(whole(text));
    }

    /** @throws NumberFormatException unless {@code text} is a whole number in ASCII digits within long's range */
    public static long parseLong(String text) {
        return Long.parseLong(whole(text));
    }

    /** @throws NumberFormatException unless {@code text} is a decimal number in ASCII (no NaN, no Infinity) */
    public static double parseDouble(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("'" + text + "' is not a number in ASCII digits");
        }
        return Double.parseDouble(text);
    }

    private static String whole(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new NumberFormatException("'" + text + "' is not a whole number in ASCII digits");
        }
        return text;
    }
}
