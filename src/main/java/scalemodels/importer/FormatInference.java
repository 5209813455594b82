package scalemodels.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import scalemodels.log.EventType;

/**
 * Works out how another implementation's logs are written when no preset fits, from the first lines of each file:
 * which words mean receive, send and internal ({@link EventWords}), whether lines are a table (CSV, tabs,
 * semicolons, with or without a header) or labelled text ({@link FieldLabels}), where the clock, queue, times, peers
 * and carried timestamps are, how times are written ({@link TimeShapes}), and what the file names say
 * ({@link FileIds}). The result is an ordinary {@link LogFormat}, so it can be saved, corrected and given back with
 * {@code --format}; its description says in words what was inferred.
 */
public final class FormatInference {
    /** Lines read from the head of each file to infer from. */
    static final int SAMPLE_LINES = 400;
    private static final int SAMPLE_BYTES = 256 * 1024;
    private static final Pattern NOT_LOGS = Pattern.compile(
            "(?i).*(\\.(properties|json|md|zip|png|jpe?g|gif|svg|gz|py|java|class|jar|html?|js|sh|c|h|go|rs|pdf|xml)"
                    + "|\\.diag\\.log|\\.console\\.txt|^license.*|^readme.*|^\\..*)$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String BOUND_BEFORE = "(?<![A-Za-z0-9])";
    private static final String BOUND_AFTER = "(?![A-Za-z0-9])";

    /** An inferred format, what it was inferred from, and whether a person should look at it. */
    public record Inferred(LogFormat format, List<Path> files, String summary, List<String> doubts,
                           List<String> skipped) {
        public boolean unsure() {
            return !doubts.isEmpty();
        }
    }

    private final List<Path> files;
    private final List<SampleLine> events = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private final Map<EventType, Set<String>> words = new EnumMap<>(EventType.class);
    private final List<String> said = new ArrayList<>();
    /** "a>b": how many event lines have field a before field b. */
    private final Map<String, Integer> precedence = new java.util.HashMap<>();
    /** Per event line (by index), where each field found in it starts; the event word stands at its own place. */
    private final Map<Integer, Map<String, Integer>> starts = new java.util.HashMap<>();
    private final List<String> doubts = new ArrayList<>();

    private FormatInference(List<Path> files) {
        this.files = new ArrayList<>(files);
    }

    /**
     * @throws IOException when there is no text with events of the exercise to infer from
     */
    public static Inferred infer(Path path) throws IOException {
        List<Path> files = candidates(path);
        if (files.isEmpty()) {
            throw new IOException("no log files in " + path + " to infer a format from");
        }
        FormatInference inference = new FormatInference(files);
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                inference.sample(file);
            } catch (IOException e) {
                unreadable.add(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (inference.events.isEmpty()) {
            throw new IOException("no line of " + path + " names a receive, send or internal event in words this "
                    + "project knows (RECEIVED, recv, R, SENT, send_both, S2, INTERNAL, IE, ...); give a format "
                    + "with --format");
        }
        // Only files that name events decide the format (a damaged or foreign file beside them is reported instead).
        List<String> skipped = new ArrayList<>(unreadable);
        List<Path> logs = new ArrayList<>();
        for (Path file : files) {
            if (inference.events.stream().anyMatch(e -> e.file().equals(file))) {
                logs.add(file);
            } else if (unreadable.stream().noneMatch(u -> u.startsWith(file.getFileName() + ":"))) {
                skipped.add(file.getFileName() + ": no event of the exercise in its first lines; not read");
            }
        }
        inference.files.retainAll(logs);
        Properties p = inference.properties();
        LogFormat format = LogFormat.of(p, "inferred");
        return new Inferred(format, logs, String.join("; ", inference.said), List.copyOf(inference.doubts),
                List.copyOf(skipped));
    }

    /** The files of a folder that may be logs (not manifests, diagnostics, sources, pictures), or the one file. */
    static List<Path> candidates(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !NOT_LOGS.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private void sample(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        String[] lines = new String(head, StandardCharsets.UTF_8).split("\r?\n", -1);
        int limit = Math.min(lines.length - (head.length == SAMPLE_BYTES ? 1 : 0), SAMPLE_LINES);
        for (int i = 0; i < limit; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            SampleLine event = classify(file, line);
            if (event == null) {
                others.add(line);
            } else {
                events.add(event);
                words.computeIfAbsent(event.type(), t -> new LinkedHashSet<>()).add(event.word());
            }
        }
    }

    /** The line's event word: the first word of the vocabulary; a single letter only as the line's first word. */
    private static SampleLine classify(Path file, String line) {
        Matcher m = WORD.matcher(line);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            EventType type = EventWords.classify(word);
            if (type != null && (!EventWords.isLetter(word) || first)) {
                return new SampleLine(file, line, type, word, m.start());
            }
            first = false;
        }
        return null;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("name", "inferred");
        FileIds ids = FileIds.of(files);
        p.setProperty("files", ids.regex());
        p.setProperty("mode", "line");
        String alternation = alternation();
        p.setProperty("skip", "(?i)^(?!.*" + BOUND_BEFORE + "(?:" + alternation + ")" + BOUND_AFTER + ").*$");
        for (EventType type : List.of(EventType.RECEIVE, EventType.SEND, EventType.INTERNAL)) {
            Set<String> ws = words.getOrDefault(type, Set.of());
            p.setProperty("type." + type.word(), ws.isEmpty() ? "(?!)" : "(?i)(?:" + quoteAll(ws) + ")");
            said.add(type.word() + " = lines with " + (ws.isEmpty() ? "(none found)"
                    : ws.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" or "))));
            if (ws.isEmpty()) {
                doubts.add("no " + type.word() + " lines were recognised");
            }
        }
        p.setProperty("msg.on.send", "ignore");
        Table table = Table.detect(events, others);
        Map<String, String> fields = table != null ? table.fields(p, said) : labelled(p, alternation, ids);
        if (!fields.containsKey("clock")) {
            doubts.add("no Lamport clock was found");
        }
        rate(p, alternation, ids);
        said.add("VM id = " + (fields.containsKey("vm") ? "the " + fields.get("vm")
                : ids.idInName() ? "the number in the file name" : "one VM per file, in name order"));
        p.setProperty("description", "inferred from " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + ": " + String.join("; ", said));
        return p;
    }

    /** The event words found, longest first so that "sent_both" is tried before "sent". */
    private String alternation() {
        Set<String> all = new LinkedHashSet<>();
        words.values().forEach(all::addAll);
        return quoteAll(all);
    }

    private static String quoteAll(Set<String> ws) {
        return ws.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(FormatInference::literal).collect(Collectors.joining("|"));
    }

    /** A word as a regex that reads like the word: only its metacharacters escaped (no \\Q...\\E). */
    static String literal(String word) {
        return word.replaceAll("([\\\\^$.|?*+()\\[\\]{}])", "\\\\$1");
    }

    /**
     * Labelled text: an optional slot per field found after its label, in the order they stand in the lines, and an
     * unlabelled time where one is written. Returns what each field was read from.
     */
    private Map<String, String> labelled(Properties p, String alternation, FileIds ids) {
        Map<String, Double> positions = new LinkedHashMap<>();
        Map<String, String> slots = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        List<String> labelFields = new ArrayList<>(FieldLabels.LABELS.keySet());
        labelFields.remove("event");
        if (ids.idInName()) {
            labelFields.remove("vm");
        }
        // Times first: a labelled time, else a date or epoch number standing anywhere in the line.
        TimeShapes.Shape time = labelledTime(slots, positions, found);
        if (time == null) {
            time = writtenTime(slots, positions, found);
        }
        p.setProperty("time.format", time == null ? "order" : time.format().text());
        p.setProperty("time.zone", time != null && time.local() ? "local" : "UTC");
        said.add("time = " + (time == null ? "absent (events 1 ms apart in file order)"
                : time.format().describe(time.local() ? java.time.ZoneId.systemDefault() : java.time.ZoneOffset.UTC)
                + (found.containsKey("time") ? ", " + found.get("time") : "")));
        found.remove("time");
        for (String field : labelFields) {
            if (field.equals("time")) {
                continue;
            }
            String labels = FieldLabels.LABELS.get(field);
            Scan scan = scan(Pattern.compile("(?i)" + BOUND_BEFORE + "(" + labels + ")" + BOUND_AFTER
                    + "[^A-Za-z0-9\\n]{0,3}(" + FieldLabels.valueRegex(field) + ")" + BOUND_AFTER), field, true);
            int hits = scan.values().size();
            if (hits * 10 >= events.size() || hits >= 3 && field.matches("msg|from|to|queue")) {
                slots.put(field, "(?i:" + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER + ")"
                        + "[^A-Za-z0-9\\n]{0,3}(?<" + field + ">" + FieldLabels.valueRegex(field) + ")" + BOUND_AFTER);
                take(scan, field, positions);
                found.put(field, "the number after '" + scan.label() + "'");
            }
        }
        carriedAfterEventWord(slots, positions, found);
        for (int n = 0; n < events.size(); n++) {
            Map<String, Integer> at = new java.util.HashMap<>(starts.getOrDefault(n, Map.of()));
            at.put("event", events.get(n).wordAt());
            at.forEach((a, sa) -> at.forEach((b, sb) -> {
                if (sa < sb) {
                    precedence.merge(a + ">" + b, 1, Integer::sum);
                }
            }));
        }
        // Slots stand in the order of their mean distance from the event word (in characters; before it negative):
        // fields of one kind of line (a receive's sender) keep their place relative to the word in that line.
        positions.put("event", 0.0);
        slots.put("event", BOUND_BEFORE + "(?<event>" + alternation + ")" + BOUND_AFTER
                + (slots.containsKey("carried") ? slots.remove("carried") : ""));
        StringBuilder regex = new StringBuilder("(?i)^");
        for (String field : inLineOrder(positions, slots)) {
            String s = slots.get(field);
            regex.append(field.equals("event") ? ".*?" + s : "(?:.*?" + s + ")?");
        }
        regex.append(".*$");
        p.setProperty("event", regex.toString());
        found.forEach((field, how) -> said.add(field + " = " + how));
        return found;
    }

    /**
     * The slots in the order they stand in the lines: where two fields share lines, the order most of those lines
     * have; otherwise their mean distance from the event word. (A mean alone put the clock of every line before a
     * receive's "msg clock", so the clock slot read the carried timestamp.)
     */
    private List<String> inLineOrder(Map<String, Double> positions, Map<String, String> slots) {
        List<String> order = new ArrayList<>();
        for (String field : positions.keySet()) {
            if (!slots.containsKey(field)) {
                continue;
            }
            int at = order.size();
            for (int k = 0; k < order.size(); k++) {
                if (before(field, order.get(k), positions)) {
                    at = k;
                    break;
                }
            }
            order.add(at, field);
        }
        return order;
    }

    private boolean before(String a, String b, Map<String, Double> positions) {
        int ab = precedence.getOrDefault(a + ">" + b, 0);
        int ba = precedence.getOrDefault(b + ">" + a, 0);
        return ab != ba ? ab > ba : positions.get(a) < positions.get(b);
    }

    /** Whether a label match is part of a longer label of another field ("Time" in "Logical Clock Time"). */
    private static boolean insideLongerLabel(String text, int start, int end, String field) {
        for (Map.Entry<String, String> e : FieldLabels.LABELS.entrySet()) {
            if (e.getKey().equals(field)) {
                continue;
            }
            Matcher m = Pattern.compile("(?i)" + BOUND_BEFORE + "(?:" + e.getValue() + ")" + BOUND_AFTER).matcher(text);
            m.region(Math.max(0, start - 30), Math.min(text.length(), end + 30));
            while (m.find()) {
                if (m.start() <= start && m.end() >= end && m.end() - m.start() > end - start) {
                    return true;
                }
            }
        }
        return false;
    }

    private TimeShapes.Shape labelledTime(Map<String, String> slots, Map<String, Double> positions,
                                          Map<String, String> found) {
        Pattern labelled = Pattern.compile("(?i)" + BOUND_BEFORE + "(" + FieldLabels.LABELS.get("time") + ")"
                + BOUND_AFTER + "[^A-Za-z0-9\\n]{0,3}(" + TimeShapes.WRITTEN + "|\\d+(?:\\.\\d+)?)" + BOUND_AFTER);
        return timeSlot(labelled, 2, slots, positions, found, "after '%s'");
    }

    private TimeShapes.Shape writtenTime(Map<String, String> slots, Map<String, Double> positions,
                                         Map<String, String> found) {
        Pattern written = Pattern.compile(BOUND_BEFORE + "(" + TimeShapes.WRITTEN + "|" + TimeShapes.EPOCH + ")"
                + BOUND_AFTER);
        return timeSlot(written, 1, slots, positions, found, null);
    }

    private TimeShapes.Shape timeSlot(Pattern pattern, int group, Map<String, String> slots,
                                      Map<String, Double> positions, Map<String, String> found, String how) {
        Scan scan = scan(pattern, "time", group == 2);
        if (scan.values().size() * 10 < events.size() * 8) {
            return null;
        }
        TimeShapes.Shape shape = TimeShapes.of(scan.values());
        if (shape == null) {
            return null;
        }
        String prefix = group == 2 ? "(?i:" + BOUND_BEFORE + "(?:" + FieldLabels.LABELS.get("time") + ")"
                + BOUND_AFTER + ")[^A-Za-z0-9\\n]{0,3}" : BOUND_BEFORE;
        slots.put("time", prefix + "(?<time>" + shape.regex() + ")" + BOUND_AFTER);
        take(scan, "time", positions);
        if (how != null) {
            found.put("time", String.format(Locale.ROOT, how, scan.label()));
        }
        return shape;
    }

    /**
     * Where a pattern stands in the event lines: per line its first match (for a labelled pattern, group 1 the label
     * and group 2 the value, the first whose label is not part of another field's longer label), the values, their
     * mean distance from the event word, and the first label seen.
     */
    private record Scan(List<String> values, Map<Integer, Integer> starts, double position, String label) {
    }

    private Scan scan(Pattern pattern, String field, boolean labelled) {
        List<String> values = new ArrayList<>();
        Map<Integer, Integer> at = new java.util.HashMap<>();
        double position = 0;
        String label = null;
        for (int n = 0; n < events.size(); n++) {
            SampleLine line = events.get(n);
            Matcher m = pattern.matcher(line.text());
            while (m.find()) {
                if (labelled && insideLongerLabel(line.text(), m.start(1), m.end(1), field)) {
                    continue;
                }
                at.put(n, m.start());
                values.add(m.group(labelled ? 2 : 1));
                position += m.start() - line.wordAt();
                label = label == null && labelled ? m.group(1) : label;
                break;
            }
        }
        return new Scan(values, at, values.isEmpty() ? 0 : position / values.size(), label);
    }

    /** A scanned field becomes a slot: its place among the others comes from where it stood. */
    private void take(Scan scan, String field, Map<String, Double> positions) {
        positions.put(field, scan.position());
        scan.starts().forEach((n, start) -> starts.computeIfAbsent(n, k -> new java.util.HashMap<>())
                .put(field, start));
    }

    /**
     * A number right after a receive's event word ("Received: 7", "RECV 7") is the timestamp it carried, or the
     * sender when every such number is a VM id and they take no more values than there are VMs.
     */
    private void carriedAfterEventWord(Map<String, String> slots, Map<String, Double> positions,
                                       Map<String, String> found) {
        Pattern after = Pattern.compile("^[^A-Za-z0-9\\n]{0,3}(\\d+)" + BOUND_AFTER);
        Set<String> values = new LinkedHashSet<>();
        int receives = 0;
        for (SampleLine line : events) {
            if (line.type() != EventType.RECEIVE) {
                continue;
            }
            receives++;
            Matcher m = after.matcher(line.text().substring(line.wordAt() + line.word().length()));
            if (m.find()) {
                values.add(m.group(1));
            }
        }
        if (receives == 0 || values.isEmpty() || found.containsKey("msg") && found.containsKey("from")) {
            return;
        }
        String field = found.containsKey("msg") || !found.containsKey("from") && values.size() <= files.size()
                && files.size() > 1 ? "from" : "msg";
        if (found.containsKey(field)) {
            return;
        }
        slots.put("carried", "(?:[^A-Za-z0-9\\n]{0,3}(?<" + field + ">\\d+)" + BOUND_AFTER + ")?");
        found.put(field, "the number after the receive word");
    }

    /** A header line naming the VM's rate, or the rate in the file name. */
    private void rate(Properties p, String alternation, FileIds ids) {
        String labels = FieldLabels.LABELS.get("rate");
        Pattern header = Pattern.compile("(?i)" + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER
                + "\\D{0,20}?(\\d+)");
        if (others.stream().anyMatch(l -> header.matcher(l).find())) {
            p.setProperty("rate", "(?i)^(?!.*" + BOUND_BEFORE + "(?:" + alternation + ")" + BOUND_AFTER + ").*?"
                    + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER + "\\D{0,20}?(?<rate>\\d+).*$");
            said.add("rate = a header line");
        } else if (ids.rateInName()) {
            said.add("rate = the number in the file name");
        }
    }
}
