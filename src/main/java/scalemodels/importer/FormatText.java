package scalemodels.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the import's readers share: regex dialects, group names, lenient numbers, short quotes. */
final class FormatText {
    private static final Pattern GROUP_NAMES = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private FormatText() {
    }

    /**
     * ShiViz regexes are JavaScript, where a brace that does not start a quantifier is literal ({@code {.*}}); Java
     * needs it escaped.
     */
    static String javaRegex(String javascript) {
        StringBuilder out = new StringBuilder(javascript.length() + 8);
        for (int i = 0; i < javascript.length(); i++) {
            char c = javascript.charAt(i);
            if (c == '\\' && i + 1 < javascript.length()) {
                out.append(c).append(javascript.charAt(++i));
            } else if (c == '{' && !QUANTIFIER.matcher(javascript).region(i, javascript.length()).lookingAt()) {
                out.append("\\{");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    static List<String> groupNames(Pattern pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAMES.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }

    /** Microseconds since the epoch for a time field, or throws with a readable reason. */
    static long parseTime(LogFormat format, String text) {
        return format.time().parse(text, format.zone());
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
