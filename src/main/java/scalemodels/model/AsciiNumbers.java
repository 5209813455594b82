package scalemodels.model;

/**
 * Numbers as people type them into this tool, in ASCII only: Java's own parsers also take other scripts' digits
 * ("３" is 3 to {@code Integer.parseInt}), which no one means to type and which a log, a manifest or a rerun line
 * would then show differently from what was given. The command line and the settings panel both read through here.
 *
 * <p>Checked character by character rather than with a regular expression: every VM process reads its settings
 * through here, and compiling a pattern is a measurable part of a VM's start (a few milliseconds of CPU each).
 */
public final class AsciiNumbers {

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
        if (text == null || !isDecimal(text)) {
            throw new NumberFormatException("'" + text + "' is not a number in ASCII digits");
        }
        return Double.parseDouble(text);
    }

    private static String whole(String text) {
        if (text == null || !isWhole(text)) {
            throw new NumberFormatException("'" + text + "' is not a whole number in ASCII digits");
        }
        return text;
    }

    /** {@code [+-]?[0-9]+}, the whole text. */
    private static boolean isWhole(String text) {
        int start = sign(text, 0);
        int end = digitsFrom(text, start);
        return end > start && end == text.length();
    }

    /** {@code [+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?}, the whole text. */
    private static boolean isDecimal(String text) {
        int start = sign(text, 0);
        int i = digitsFrom(text, start);
        boolean whole = i > start;
        if (i < text.length() && text.charAt(i) == '.') {
            int fraction = i + 1;
            i = digitsFrom(text, fraction);
            if (!whole && i == fraction) {
                return false;
            }
        } else if (!whole) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = sign(text, i + 1);
            i = digitsFrom(text, exponent);
            if (i == exponent) {
                return false;
            }
        }
        return i == text.length();
    }

    /** Where the text goes on after an optional sign at {@code at}. */
    private static int sign(String text, int at) {
        return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
    }

    /** Where the run of ASCII digits starting at {@code at} ends. */
    private static int digitsFrom(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
