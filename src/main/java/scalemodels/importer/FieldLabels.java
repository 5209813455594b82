package scalemodels.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import scalemodels.event.EventType;

/**
 * What implementations call each field, as a label in free text ({@code Logical Clock Time: 4}, {@code queue=2},
 * {@code from VM 1}) or as a column header ({@code lamport_clock}, {@code queue_len}). Longer names come first, so
 * that "logical clock time" is one clock label and not a clock followed by a time.
 */
final class FieldLabels {
    /** A word boundary that also holds between a letter and a digit ("VM1" is one word). */
    static final String BOUND_BEFORE = "(?<![A-Za-z0-9])";
    static final String BOUND_AFTER = "(?![A-Za-z0-9])";

    /** Field name to the regex of its labels, without anchors or case. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("clock", "logical[ _-]?clock[ _-]?(?:time|value)?|lamport[ _-]?(?:clock|time|timestamp)?"
                + "|clock[ _-]?value"
                + "|logical[ _-]?time|local[ _-]?clock|new[ _-]?clock|l?clock|lc|lt");
        LABELS.put("queue", "(?:message[ _-]?|msg[ _-]?|network[ _-]?)?queue[ _-]?(?:length|len|size)?|q[ _-]?len"
                + "|qsize|remaining(?:[ _-]queue)?|(?:msgs?|messages?)[ _-]in[ _-]queue"
                + "|len(?:gth)?[ _-]of[ _-](?:the[ _-])?(?:message[ _-]|msg[ _-])?queue");
        LABELS.put("msg", "(?:received|receive|recv|incoming|remote|sender'?s?|message|msg)[ _-]?"
                + "(?:clock|time(?:stamp)?|ts|lc)|received[ _-]?message|message|msg|carried|ts[ _-]?received");
        LABELS.put("from", "from[ _-]?(?:vm|machine|process|node)?|sender(?:[ _-]?id)?|src|source");
        LABELS.put("to", "to[ _-]?(?:vms?|machines?|process(?:es)?|nodes?|ports?)?(?:\\((?:s|es)\\))?"
                + "|recipients?|targets?|dest(?:ination)?s?|receivers?");
        LABELS.put("time", "system[ _-]?time|global[ _-]?time|wall[ _-]?(?:clock[ _-]?)?time|real[ _-]?time"
                + "|timestamp|time(?:[ _-]?stamp)?|datetime|date|ts|t");
        LABELS.put("rate", "clock[ _-]?rate|tick[ _-]?rate|ticks?[ _-]?per[ _-]?s(?:econd)?|rate|tps|speed");
        LABELS.put("vm", "vm(?:[ _-]?id)?|machine(?:[ _-]?id)?|process(?:[ _-]?id)?|node(?:[ _-]?id)?|pid|id");
        LABELS.put("event", "event(?:[ _-]?type)?|type|action|kind|op(?:eration)?");
        LABELS.put("tick", "tick|step|round|iteration");
        LABELS.put("value", "value|draw|drawn|roll|random(?:[ _-]?value)?|rand");
    }

    private FieldLabels() {
    }

    /** The field a column header names, or null. */
    static String ofHeader(String header) {
        String h = header.strip().replaceAll("^[\"'\\[(]+|[\"'\\])]+$", "").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            if (h.matches("(?:" + e.getValue() + ")(?:[ _-]?\\(?(?:s|ms|us|ns|sec|secs|seconds)\\)?)?")) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The words before a VM's number or name ("process_3", "VM 2", "m1", "machine B"). */
    static final String VM_WORDS = "vm|machine|process|node|p|m";

    /** The value a labelled field takes in free text. */
    static String valueRegex(String field) {
        return valueRegex(field, java.util.Set.of());
    }

    /**
     * As {@link #valueRegex(String)}, where VMs may also be named by the words their files are named by ("from
     * process B", "to machines alpha and gamma"); a name stands whole.
     */
    static String valueRegex(String field, java.util.Set<String> hosts) {
        return value(field, hosts, "\\s", ",|;|&|and");
    }

    /**
     * As {@link #valueRegex(String)}, for a value inside one cell of a table split by {@code delimiter}: spaces only,
     * and no list separator that is the delimiter, so that it cannot run on into the next cells.
     */
    static String cellValueRegex(String field, char delimiter) {
        return value(field, java.util.Set.of(), "[ ]", java.util.stream.Stream.of(",", ";", "&", "and")
                .filter(separator -> !separator.equals(String.valueOf(delimiter)))
                .collect(java.util.stream.Collectors.joining("|")));
    }

    /** @param space what white space may stand in the value; {@code separators} what may stand between its peers */
    private static String value(String field, java.util.Set<String> hosts, String space, String separators) {
        String peer = "(?:" + VM_WORDS + ")?[ _#-]?(?:\\d+" + (hosts.isEmpty() ? "" : "|(?:"
                + hosts.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                + ")(?![A-Za-z0-9])") + ")";
        return switch (field) {
            case "from" -> peer;
            case "to" -> "[\\[(]?" + space + "*(?:" + peer + space + "*(?:" + separators + "|" + space + ")" + space
                    + "*)*" + peer + space + "*[\\])]?|" + MessagePeers.EVERY_OTHER;
            default -> "\\d+";
        };
    }

    /**
     * What an optional slot may skip to reach its field: anything but the label of a field that stands after it. So
     * a word shared by a label and a sentence ("clock ticked to 8" on a line whose recipients stand before the clock,
     * "Sent to VM 3: clock is now 7") cannot carry a slot past a later field, which would then be missed. A later
     * field whose lines were seen to use certain labels stops the gap at those only: a message's own text that
     * merely looks like a label ("the local clock time is 7" before "Global Time: ..., Logical clock time: 7") does
     * not hide the fields behind it.
     *
     * @param seen per field, the labels (lower case) its lines use; a field without any stops at all its labels
     */
    static String gapBefore(List<String> later, Map<String, ? extends Collection<String>> seen) {
        List<String> labels = later.stream().filter(LABELS::containsKey)
                .map(field -> seen.containsKey(field) ? literally(seen.get(field)) : LABELS.get(field)).toList();
        // A quoted message is passed over whole first: a label inside it neither stops the gap nor is its field. So is
        // the rest of one whose opening quote an earlier slot took (a sender named first thing in the message).
        String other = labels.isEmpty() ? "." : "(?!" + BOUND_BEFORE + "(?:" + String.join("|", labels) + ")"
                + BOUND_AFTER + ").";
        return "(?:" + QUOTED_MESSAGE + "|" + REST_OF_QUOTE + "|" + other + ")*?";
    }

    /**
     * A message's text quoted in a line ({@code 'Machine 1 has logical clock time 7'}): single quotes, not inside a
     * word (so "VM 1's" opens none), with a space inside (so a quoted key such as {@code 'clock'} is none).
     */
    static final String QUOTED_MESSAGE = BOUND_BEFORE + "'[^'\\n]* [^'\\n]*'" + BOUND_AFTER;
    private static final Pattern QUOTED = Pattern.compile(QUOTED_MESSAGE);
    /** Text up to a closing quote: one followed by no letter or digit (so not "VM 1's"). */
    private static final String REST_OF_QUOTE = "[^'\\n]*'" + BOUND_AFTER;

    /** Where the quoted messages of a line stand, as [start, end) pairs. */
    static List<int[]> quotedMessages(String text) {
        if (text.indexOf('\'') < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    static boolean inside(List<int[]> spans, int at) {
        for (int[] span : spans) {
            if (at > span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Labels as written, matched with any of the separators labels have between their words. */
    private static String literally(Collection<String> labels) {
        return labels.stream().map(label -> Arrays.stream(label.split("[ _-]+")).map(Pattern::quote)
                .collect(Collectors.joining("[ _-]?"))).collect(Collectors.joining("|"));
    }

    /** Whether a label match is part of a longer label of another field ("Time" in "Logical Clock Time"). */
    static boolean insideLongerLabel(String text, int start, int end, String field) {
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
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

    /** The one kind of event a field belongs to: recipients to sends, sender and carried timestamp to receives. */
    static EventType onlyOn(String field) {
        return switch (field) {
            case "to" -> EventType.SEND;
            case "from", "msg" -> EventType.RECEIVE;
            default -> null;
        };
    }

    /**
     * Moves {@code m} to the next match outside the quoted messages (and not part of a longer label), if there is
     * one; if not, it stays on the quoted one.
     *
     * @return whether it moved
     */
    static boolean findOutside(Matcher m, List<int[]> quoted, boolean labelled, String field, String text) {
        int first = m.start();
        while (m.find()) {
            if (!inside(quoted, m.start())
                    && !(labelled && insideLongerLabel(text, m.start(1), m.end(1), field))) {
                return true;
            }
        }
        m.find(first); // none outside: back to the quoted one
        return false;
    }
}
