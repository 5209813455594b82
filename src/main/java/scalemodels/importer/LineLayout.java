package scalemodels.importer;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a log file lays its events out over lines, seen before its fields are: a table's first line of field names,
 * or each event written over several lines ({@link LogFormat.Mode#BLOCK}) rather than one line each.
 */
final class LineLayout {
    private static final Pattern LABELLED_NUMBER = Pattern.compile("[A-Za-z][A-Za-z _-]*[:=]\\s*\\d");

    private LineLayout() {
    }

    /**
     * Whether a file writes each event over several lines: eight in ten event lines are followed, with no blank line
     * between, by a line without an event word that labels a number ("Logical clock time: 2").
     */
    static boolean inBlocks(List<String> lines, Predicate<String> namesEvent) {
        int events = 0;
        int continued = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!namesEvent.test(lines.get(i))) {
                continue;
            }
            events++;
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (!next.isBlank() && !namesEvent.test(next) && LABELLED_NUMBER.matcher(next).find()) {
                continued++;
            }
        }
        return events > 0 && continued * 10 >= events * 8;
    }

    /** A file's first line that splits into three or more cells, at least half of them names of fields. */
    /**
     * A line of a log's key, which some logs print before their events: an abbreviation, perhaps with its argument
     * in brackets, a colon and what it means, and no number ("R [n]: received message, n remaining messages in
     * queue", "SB: sent a message to both other machines", "IE: internal event"). It holds event words but is no
     * event: it has no clock.
     */
    static final String LEGEND = "^\\s*[A-Za-z]{1,4}\\s*(?:\\[[^\\]0-9]*\\])?\\s*:[^0-9]*$";
    private static final java.util.regex.Pattern LEGEND_LINE = java.util.regex.Pattern.compile(LEGEND);

    static boolean isLegend(String line) {
        return LEGEND_LINE.matcher(line).matches();
    }

    static boolean isHeader(String line) {
        for (char d : new char[] {',', '\t', ';', '|'}) {
            String[] cells = Table.split(line, d);
            long named = java.util.Arrays.stream(cells).filter(c -> FieldLabels.ofHeader(c) != null).count();
            if (cells.length >= 3 && named * 2 >= cells.length) {
                return true;
            }
        }
        return false;
    }
}
