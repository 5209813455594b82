package scalemodels.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * Logs written as a table: one event per line in columns split by commas, tabs, semicolons or bars, with or without a
 * header row. Columns are named by their header ({@link FieldLabels}) or, without one, by how their values behave:
 * the event word's column, a time column, the clock (the number that grows by exactly one on internal events), the
 * queue (zero on every draw), and columns filled only on receives (carried timestamp or sender) or sends
 * (recipients).
 */
final class Table {
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};
    private static final Pattern INTEGER = Pattern.compile("\\d+");

    private record Row(Path file, String[] cells, EventType type) {
    }

    private final char delimiter;
    private final int columns;
    private final int eventColumn;
    private final List<Row> rows;
    private final String[] header;
    private final String headerLine;
    /** The clock's column once {@link #fields} has named the columns; -1 before or without one. */
    private int clockColumn = -1;

    private Table(char delimiter, int columns, int eventColumn, List<Row> rows, String[] header, String headerLine) {
        this.delimiter = delimiter;
        this.columns = columns;
        this.eventColumn = eventColumn;
        this.rows = rows;
        this.header = header;
        this.headerLine = headerLine;
    }

    /** A table if nine in ten event lines split into the same number (3 or more) of cells, the event in one column. */
    static Table detect(List<SampleLine> eventLines, List<String> others) {
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            for (SampleLine line : eventLines) {
                String[] cells = split(line.text(), d);
                counts.merge(cells.length, 1, Integer::sum);
                rows.add(new Row(line.file(), cells, line.type()));
            }
            var best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getKey() < 3 || best.getValue() * 10 < eventLines.size() * 9) {
                continue;
            }
            int n = best.getKey();
            List<Row> regular = rows.stream().filter(r -> r.cells().length == n).toList();
            int eventColumn = eventColumn(regular, n);
            if (eventColumn < 0) {
                continue;
            }
            String headerLine = others.stream().filter(l -> split(l, d).length == n).findFirst().orElse(null);
            String[] header = headerLine == null ? null : split(headerLine, d);
            if (header != null && java.util.Arrays.stream(header).filter(h -> INTEGER.matcher(h.strip()).matches())
                    .count() * 2 > n) {
                header = null;
                headerLine = null;
            }
            return new Table(d, n, eventColumn, regular, header, headerLine);
        }
        return null;
    }

    private static int eventColumn(List<Row> rows, int n) {
        for (int c = 0; c < n; c++) {
            int column = c;
            long words = rows.stream().filter(r -> EventCells.type(r.cells()[column]) == r.type()).count();
            if (words * 10 >= rows.size() * 9) {
                return c;
            }
        }
        return -1;
    }

    static String[] split(String line, char d) {
        return line.split(Pattern.quote(String.valueOf(d)), -1);
    }

    /**
     * Sets the format's event, skip and time keys; returns what each field was read from.
     *
     * @param namesVm whether a peer named after an event word ("SEND TO B") is one of the logs' VMs
     */
    Map<String, String> fields(Properties p, List<String> said, Predicate<String> namesVm) {
        String[] names = new String[columns];
        Map<String, String> found = new LinkedHashMap<>();
        names[eventColumn] = "event";
        if (header != null) {
            for (int c = 0; c < columns; c++) {
                String field = c == eventColumn ? "event" : FieldLabels.ofHeader(header[c]);
                if (field != null && !field.equals("event") && !found.containsKey(field)) {
                    names[c] = field;
                    found.put(field, "column '" + header[c].strip() + "'");
                }
            }
        }
        boolean[] labelled = LabelledCells.name(names, found, rows.stream().map(Row::cells).toList(),
                rows.stream().map(Row::type).toList());
        int labelledTime = LabelledCells.nameTime(names, found, rows.stream().map(Row::cells).toList());
        byBehaviour(names, found);
        TimeShapes.Shape time = null;
        for (int c = 0; c < columns; c++) {
            if ("time".equals(names[c])) {
                time = TimeShapes.of(c == labelledTime ? LabelledCells.timeValues(values(c)) : values(c));
                if (time == null) {
                    names[c] = null;
                    found.remove("time");
                }
            }
        }
        List<EventCells.Cell> events = rows.stream().map(r -> new EventCells.Cell(r.type(), r.cells()[eventColumn]))
                .toList();
        StringBuilder regex = new StringBuilder("^\\s*");
        Set<String> used = new java.util.HashSet<>();
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                regex.append("\\s*").append(FormatInference.literal(String.valueOf(delimiter))).append("\\s*");
            }
            String text = "[^" + (delimiter == '\t' ? "\\t" : "\\" + delimiter) + "\"]*?";
            String cell = "\"?(" + text + ")\"?";
            String name = names[c] != null ? names[c] : header != null ? extraName(header[c], c) : null;
            if (c == eventColumn && EventCells.wordy(events)) {
                cell = EventCells.pattern(text, delimiter, events, found, namesVm);
                used.add("event");
            } else if (c == labelledTime && time != null && used.add(name)) {
                cell = LabelledCells.timeCell(time);
            } else if (labelled[c] && used.add(name)) {
                // The label, then the value; a row whose cell says something else ("From Network") has no such field.
                cell = "(?:" + LabelledCells.cell(name, "?<" + name + ">") + "|" + cell + ")";
            } else if (name != null && used.add(name)) {
                cell = cell.replaceFirst("\\(", "(?<" + name + ">");
            }
            regex.append(cell);
        }
        regex.append("\\s*$");
        p.setProperty("event", regex.toString());
        clockColumn = java.util.Arrays.asList(names).indexOf("clock");
        p.setProperty("time.format", time == null ? "order" : time.format().text());
        p.setProperty("time.zone", time != null && time.local() ? "local" : "UTC");
        said.add("a table split by " + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'")
                + (header != null ? " with a header row" : " without a header") + ", event = column "
                + (eventColumn + 1));
        said.add("time = " + (time == null ? "absent (events 1 ms apart in file order)"
                : time.format().describe(time.local() ? java.time.ZoneId.systemDefault() : java.time.ZoneOffset.UTC)
                + ", " + found.getOrDefault("time", "")));
        found.remove("time");
        found.forEach((field, how) -> said.add(field + " = " + how));
        return found;
    }

    /** What skips the header row, if the table has one ("" if not), to add to the event words' skip pattern. */
    String headerSkip() {
        return headerLine == null ? "" : "|^" + FormatInference.literal(headerLine) + "$";
    }

    /**
     * Words in the event column of rows no event word names whose clock advances as an internal event's does
     * ({@link ClockAdvancingRows}). Call after {@link #fields}.
     *
     * @param files each file's sampled lines, in order
     */
    Set<String> clockAdvancingWords(List<List<String>> files) {
        return clockColumn < 0 ? Set.of() : ClockAdvancingRows.words(files, line -> split(line, delimiter), columns,
                eventColumn, clockColumn, Table::number);
    }

    /** Names the columns a header did not, by their values. */
    private void byBehaviour(String[] names, Map<String, String> found) {
        for (int c = 0; c < columns; c++) {
            if (names[c] != null) {
                continue;
            }
            List<String> values = values(c);
            if (!found.containsKey("time") && TimeShapes.of(values) != null && !allSmallIntegers(values)) {
                name(names, found, c, "time");
            }
        }
        int clock = -1;
        double best = 0.8;
        for (int c = 0; c < columns; c++) {
            if (names[c] == null && !found.containsKey("clock")) {
                double score = clockScore(c);
                if (score >= best) {
                    best = score;
                    clock = c;
                }
            }
        }
        if (clock >= 0) {
            name(names, found, clock, "clock");
        }
        for (int c = 0; c < columns; c++) {
            if (names[c] != null) {
                continue;
            }
            EventType only = onlyOn(c);
            if (only == EventType.RECEIVE && !found.containsKey("msg")) {
                name(names, found, c, "msg");
            } else if (only == EventType.SEND && !found.containsKey("to")) {
                name(names, found, c, "to");
            } else if (!found.containsKey("queue") && zeroOnDraws(c)) {
                name(names, found, c, "queue");
            }
        }
    }

    private static void name(String[] names, Map<String, String> found, int c, String field) {
        names[c] = field;
        found.put(field, "column " + (c + 1) + " (by its values)");
    }

    private List<String> values(int c) {
        return rows.stream().map(r -> r.cells()[c].strip().replaceAll("^\"|\"$", "")).filter(v -> !v.isEmpty())
                .toList();
    }

    private static boolean allSmallIntegers(List<String> values) {
        return values.stream().allMatch(v -> INTEGER.matcher(v).matches() && v.length() < 9);
    }

    /** Share of internal events, within one file, whose value is exactly one more than the line before. */
    private double clockScore(int c) {
        int internals = 0;
        int plusOne = 0;
        Row previous = null;
        for (Row row : rows) {
            if (previous != null && previous.file().equals(row.file()) && row.type() == EventType.INTERNAL) {
                long now = number(row.cells()[c]);
                long before = number(previous.cells()[c]);
                if (now < 0 || before < 0) {
                    return 0;
                }
                internals++;
                plusOne += now == before + 1 ? 1 : 0;
            }
            previous = row;
        }
        return internals == 0 ? 0 : (double) plusOne / internals;
    }

    /** The one kind of event whose rows fill this column, or null. */
    private EventType onlyOn(int c) {
        EventType only = null;
        for (Row row : rows) {
            if (!row.cells()[c].isBlank()) {
                if (only != null && only != row.type()) {
                    return null;
                }
                only = row.type();
            }
        }
        return only;
    }

    private boolean zeroOnDraws(int c) {
        long draws = rows.stream().filter(r -> r.type() != EventType.RECEIVE).count();
        long zeros = rows.stream().filter(r -> r.type() != EventType.RECEIVE && r.cells()[c].strip().equals("0"))
                .count();
        long numbers = rows.stream().filter(r -> number(r.cells()[c]) >= 0).count();
        return draws > 0 && zeros * 10 >= draws * 9 && numbers == rows.size();
    }

    static long number(String cell) {
        String v = cell.strip().replaceAll("^\"|\"$", "");
        return INTEGER.matcher(v).matches() && v.length() < 18 ? Long.parseLong(v) : -1;
    }

    private static String extraName(String header, int c) {
        String name = header.replaceAll("[^A-Za-z0-9]", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || LogFormat.KNOWN_GROUPS.contains(name)) {
            name = "column" + (c + 1);
        }
        return name;
    }
}
