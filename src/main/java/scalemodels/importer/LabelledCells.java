package scalemodels.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import scalemodels.event.EventType;

/**
 * Table columns whose cells carry their own label ("Logical Clock: 4", "Queue Length: 0", "To VMs [1, 2]"): such a
 * column is that field, whatever else its cells say on rows the field does not belong on ("From Network"). A time so
 * labelled ("System Time: 2023-03-06 22:43:38.655652") is told by its values once the label is taken off.
 */
final class LabelledCells {
    /** The fields a cell may name with its own label, in the order they are looked for. */
    private static final List<String> FIELDS = List.of("clock", "queue", "to", "from", "msg");

    /** A time label and what may stand between it and the time ("System Time: "), without anchors or case. */
    private static final String TIME_LABEL_TEXT = "\\s*\"?(?:" + FieldLabels.LABELS.get("time") + ")"
            + FieldLabels.BOUND_AFTER + "\\s*[:=]?\\s*";
    private static final Pattern TIME_LABEL = Pattern.compile("(?i)^" + TIME_LABEL_TEXT);

    private LabelledCells() {
    }

    /**
     * Names the columns not named yet whose cells carry a field's label in nine in ten of the rows that field belongs
     * on (sends for recipients, receives for a sender or carried timestamp), and says so in {@code found}.
     *
     * @param cells each row's cells; {@code types} each row's kind of event
     * @return which columns were so named
     */
    static boolean[] name(String[] names, Map<String, String> found, List<String[]> cells, List<EventType> types) {
        boolean[] labelled = new boolean[names.length];
        for (int c = 0; c < names.length; c++) {
            for (String field : FIELDS) {
                if (names[c] != null || found.containsKey(field)) {
                    continue;
                }
                Pattern pattern = Pattern.compile(cell(field, ""));
                EventType only = FieldLabels.onlyOn(field);
                int column = c;
                List<String> on = IntStream.range(0, cells.size())
                        .filter(r -> only == null || types.get(r) == only).mapToObj(r -> cells.get(r)[column]).toList();
                List<String> hits = on.stream().filter(text -> pattern.matcher(text).matches()).toList();
                if (!on.isEmpty() && hits.size() * 10 >= on.size() * 9) {
                    names[c] = field;
                    labelled[c] = true;
                    Matcher label = Pattern.compile("(?i)(" + FieldLabels.LABELS.get(field) + ")"
                            + FieldLabels.BOUND_AFTER).matcher(hits.get(0));
                    found.put(field, "the number after '" + (label.find() ? label.group(1) : field) + "', column "
                            + (c + 1));
                }
            }
        }
        return labelled;
    }

    /**
     * The column not named yet whose cells, in every row, are a time label and then a time, or -1. Names it and says
     * so in {@code found}.
     */
    static int nameTime(String[] names, Map<String, String> found, List<String[]> cells) {
        for (int c = 0; c < names.length && !found.containsKey("time"); c++) {
            int column = c;
            List<String> values = cells.stream().map(row -> row[column]).toList();
            List<String> times = timeValues(values);
            if (names[c] == null && !values.isEmpty() && times.size() == values.size()
                    && TimeShapes.of(times) != null) {
                names[c] = "time";
                Matcher label = TIME_LABEL.matcher(values.get(0));
                found.put("time", "the time after '" + (label.find() ? label.group().replaceAll("[\\s\":=]+$", "")
                        .strip() : "time") + "', column " + (c + 1));
                return c;
            }
        }
        return -1;
    }

    /** The cells that hold a time label, without it (and without quotes around the time). */
    static List<String> timeValues(List<String> cells) {
        return cells.stream().map(TIME_LABEL::matcher).filter(Matcher::find)
                .map(m -> m.replaceFirst("").strip().replaceAll("\"$", "")).toList();
    }

    /** The cell of such a column, its time in the group {@code time}. */
    static String timeCell(TimeShapes.Shape shape) {
        return "(?i:" + TIME_LABEL_TEXT + ")(?<time>" + shape.regex() + ")\\s*\"?";
    }

    /**
     * A cell holding a field's label and then its value ("Logical Clock: 4"), any case.
     *
     * @param group what opens the value's group: "" for a plain one, "?&lt;clock&gt;" for a named one
     */
    static String cell(String field, String group) {
        return "(?i:\\s*\"?(?:" + FieldLabels.LABELS.get(field) + ")" + FieldLabels.BOUND_AFTER + "\\s*[:=]?\\s*("
                + group + FieldLabels.valueRegex(field) + ")\\s*\"?)";
    }
}
