package scalemodels.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * Logs written as labelled text ({@code Received: 7 | System time: ... | Logical Clock Time: 8}): the event pattern is
 * an optional slot per field found after one of its labels ({@link FieldLabels}), in the order the lines have them,
 * with the event word's slot required and a time written anywhere (a date or an epoch number) taken unlabelled.
 */
final class LabelledText {
    private static final String BOUND_BEFORE = FieldLabels.BOUND_BEFORE;
    private static final String BOUND_AFTER = FieldLabels.BOUND_AFTER;
    /** Words between a label and its value in a sentence ("clock is now 7", "clock ticked to 8", "queue is 0"). */
    private static final String FILLER = "(?:[ \\t]+(?:is|now|to|ticked|updated|set|becomes|became|was|at|equals?)"
            + BOUND_AFTER + "){0,3}";

    private final List<SampleLine> events;
    private final int files;
    /** "a>b": how many event lines have field a before field b. */
    private final Map<String, Integer> precedence = new HashMap<>();
    /** Per event line (by index), where each field taken stands in it. */
    private final Map<Integer, Map<String, Integer>> starts = new HashMap<>();
    /** Per field taken with a label, the labels its lines use ("logical clock time"), for the gaps of other slots. */
    private final Map<String, Set<String>> labelsSeen = new HashMap<>();

    /** The words files name their VMs by ("A", "alpha"), by which lines may name peers; empty when by number. */
    private final Set<String> hosts;

    LabelledText(List<SampleLine> events, int files, Set<String> hosts) {
        this.events = events;
        this.files = files;
        this.hosts = hosts;
    }

    /**
     * Labelled text: an optional slot per field found after its label, in the order they stand in the lines, and an
     * unlabelled time where one is written. Returns what each field was read from.
     */
    Map<String, String> fields(Properties p, String alternation, boolean vmsByFileName, List<String> said) {
        Map<String, Double> positions = new LinkedHashMap<>();
        Map<String, String> slots = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        List<String> labelFields = new ArrayList<>(FieldLabels.LABELS.keySet());
        labelFields.remove("event");
        if (vmsByFileName) {
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
            String value = FieldLabels.valueRegex(field, hosts);
            Scan scan = scan(Pattern.compile("(?i)" + BOUND_BEFORE + "(" + labels + ")" + BOUND_AFTER
                    + FILLER + "[^A-Za-z0-9\\n]{0,3}(" + value + ")" + BOUND_AFTER), field, true);
            if (common(scan)) {
                slots.put(field, "(?i:" + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER + ")"
                        + FILLER + "[^A-Za-z0-9\\n]{0,3}(?<" + field + ">" + value + ")" + BOUND_AFTER);
                take(scan, field, positions);
                found.put(field, "the number after '" + scan.label() + "'");
            }
        }
        if (!slots.containsKey("clock")) {
            unlabelledClock(slots, positions, found);
        }
        carriedAfterEventWord(slots, found);
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
        List<String> order = inLineOrder(positions, slots);
        for (int k = 0; k < order.size(); k++) {
            String field = order.get(k);
            String s = slots.get(field);
            String gap = FieldLabels.gapBefore(order.subList(k + 1, order.size()), labelsSeen);
            regex.append(field.equals("event") ? ".*?" + s : "(?:" + gap + s + ")?");
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
    private record Scan(List<String> values, Map<Integer, Integer> starts, double position, String label,
                        Set<String> labels) {
    }

    private Scan scan(Pattern pattern, String field, boolean labelled) {
        List<String> values = new ArrayList<>();
        Map<Integer, Integer> at = new java.util.HashMap<>();
        double position = 0;
        String label = null;
        Set<String> labels = new TreeSet<>();
        EventType only = FieldLabels.onlyOn(field);
        for (int n = 0; n < events.size(); n++) {
            SampleLine line = events.get(n);
            if (only != null && line.type() != only) {
                continue; // "to 8" on an internal line ("clock ticked to 8") names no recipient
            }
            Matcher m = pattern.matcher(line.text());
            List<int[]> quoted = FieldLabels.quotedMessages(line.text());
            while (m.find()) {
                if (labelled && FieldLabels.insideLongerLabel(line.text(), m.start(1), m.end(1), field)) {
                    continue;
                }
                if (FieldLabels.inside(quoted, m.start())) {
                    // A quoted message's own text ("'Machine 1 has logical clock time 7'") is not the line's field
                    // when the field also stands outside it: m moves there if it does.
                    FieldLabels.findOutside(m, quoted, labelled, field, line.text());
                }
                at.put(n, m.start());
                values.add(m.group(labelled ? 2 : 1));
                position += m.start() - line.wordAt();
                label = label == null && labelled ? m.group(1) : label;
                if (labelled) {
                    labels.add(m.group(1).toLowerCase(Locale.ROOT));
                }
                break;
            }
        }
        return new Scan(values, at, values.isEmpty() ? 0 : position / values.size(), label, labels);
    }

    /**
     * Whether a field stands in enough lines to be one: one line in ten, or half the lines of a kind of event (a
     * receive's sender and timestamp stand only on receives, which may be few).
     */
    private boolean common(Scan scan) {
        if (scan.values().size() * 10 >= events.size()) {
            return true;
        }
        Map<EventType, Integer> hits = new java.util.EnumMap<>(EventType.class);
        scan.starts().keySet().forEach(n -> hits.merge(events.get(n).type(), 1, Integer::sum));
        return hits.entrySet().stream().anyMatch(e -> e.getValue() * 2 >= events.stream()
                .filter(l -> l.type() == e.getKey()).count());
    }

    /** A scanned field becomes a slot: its place among the others comes from where it stood. */
    private void take(Scan scan, String field, Map<String, Double> positions) {
        positions.put(field, scan.position());
        if (!scan.labels().isEmpty()) {
            labelsSeen.put(field, scan.labels());
        }
        scan.starts().forEach((n, start) -> starts.computeIfAbsent(n, k -> new java.util.HashMap<>())
                .put(field, start));
    }

    /** A clock written with no label ({@link UnlabelledClock}) becomes the clock's slot. */
    private void unlabelledClock(Map<String, String> slots, Map<String, Double> positions,
                                 Map<String, String> found) {
        Pattern time = slots.containsKey("time") ? Pattern.compile("(?i)" + slots.get("time")) : null;
        UnlabelledClock.find(events, time).ifPresent(clock -> {
            slots.put("clock", clock.place().slot);
            take(new Scan(clock.values(), clock.starts(), clock.position(), null, java.util.Set.of()), "clock",
                    positions);
            found.put("clock", clock.place().said + " (it grows by one on internal events)");
        });
    }

    /** The number right after a receive's event word ({@link ReceiveWordNumber}), where it is a field. */
    private void carriedAfterEventWord(Map<String, String> slots, Map<String, String> found) {
        ReceiveWordNumber.of(events, files, found).ifPresent(number -> {
            slots.put("carried", number.slot());
            found.put(number.field(), number.said());
        });
    }
}
