package scalemodels.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * A table's event column when its cells say more than the event word ("SEND TO B", "POP FROM QUEUE", "INTERNAL
 * EVENT"): the first word is the event; after a send's word, "to" and a VM are its recipients, after a receive's,
 * "from" and a VM its sender, when nine in ten such cells name one of the logs' VMs (not "FROM QUEUE").
 */
final class EventCells {
    /** A cell's first word and what follows it ("SEND" and "TO B"; "POP" and "FROM QUEUE"). */
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"']*([A-Za-z][A-Za-z0-9_-]*)\\s+(.*?)[\\s\"']*$");
    /** After a send's or a receive's word: "to" or "from", then the peer. */
    private static final Pattern TO = Pattern.compile("(?i)^to\\s+(.+)$");
    private static final Pattern FROM = Pattern.compile("(?i)^from\\s+(.+)$");
    /** The fields that name peers. */
    private static final java.util.Set<String> PEERS = java.util.Set.of("to", "from");

    /** One row's event cell and the event its line was classified as. */
    record Cell(EventType type, String text) {
    }

    private EventCells() {
    }

    /** The event a cell names: the whole cell ("RECEIVED", "send_both"), or its first word ("SEND TO B"). */
    static EventType type(String cell) {
        EventType whole = EventWords.classify(cell);
        if (whole != null) {
            return whole;
        }
        Matcher first = FIRST_WORD.matcher(cell);
        return first.find() && !first.group(2).isBlank() ? EventWords.classify(first.group(1)) : null;
    }

    /** Whether some event cell says more than its word. */
    static boolean wordy(List<Cell> cells) {
        return cells.stream().anyMatch(c -> EventWords.classify(c.text()) == null);
    }

    /**
     * The column's pattern: the event word, then a recipient after "to" or a sender after "from" where
     * {@link #peersAfter} finds them (said in {@code found}), anything else there passed over.
     *
     * @param text      the pattern of a cell's text
     * @param delimiter what separates the cells, which no value inside one holds
     */
    static String pattern(String text, char delimiter, List<Cell> cells, Map<String, String> found,
                          Predicate<String> namesVm) {
        String labelled = labelledAfterWord(text, delimiter, cells, found);
        StringBuilder rest = new StringBuilder("(?:\\s+(?:");
        if (!found.containsKey("to") && peersAfter(cells, EventType.SEND, TO, namesVm)) {
            rest.append("(?i:to)\\s+(?<to>").append(text).append(")|");
            found.put("to", "the VM after 'to' in the event column");
        }
        if (!found.containsKey("from") && !found.containsKey("peer")
                && peersAfter(cells, EventType.RECEIVE, FROM, namesVm)) {
            rest.append("(?i:from)\\s+(?<from>").append(text).append(")|");
            found.put("from", "the VM after 'from' in the event column");
        }
        rest.append(text).append("))?");
        return "\"?\\s*(?<event>[A-Za-z][A-Za-z0-9_-]*)" + labelled + rest + "\\s*\"?";
    }

    /**
     * Fields written with their label and a colon after the event word ("RECEIVE FROM: 2 QUEUE SIZE: 0", "SEND TO: 1
     * AND 2"; peers also without the colon: "Send message 2 to port(s) 50068"): one look-ahead each, in whatever
     * order they stand, for a field whose label nine in ten cells of the kinds of event that show it at all carry
     * (said in {@code found}).
     */
    private static String labelledAfterWord(String text, char delimiter, List<Cell> cells, Map<String, String> found) {
        StringBuilder lookaheads = new StringBuilder();
        for (String field : List.of("from", "to", "queue", "msg")) {
            if (found.containsKey(field)) {
                continue;
            }
            // A peer may also follow its preposition with no colon ("to port(s) 50068", "from VM 2"): its value is a
            // VM's number or name, which no other word after the event word is.
            String label = "(?:" + FieldLabels.LABELS.get(field) + ")" + FieldLabels.BOUND_AFTER
                    + (PEERS.contains(field) ? "(?:\\s*[:=]\\s*|\\s+)" : "\\s*[:=]\\s*");
            String value = "(?i:" + FieldLabels.cellValueRegex(field, delimiter) + ")" + FieldLabels.BOUND_AFTER;
            Pattern labelled = Pattern.compile("(?i)" + FieldLabels.BOUND_BEFORE + label + value);
            java.util.Set<EventType> showing = new java.util.HashSet<>();
            cells.stream().filter(c -> labelled.matcher(c.text()).find()).forEach(c -> showing.add(c.type()));
            long kind = cells.stream().filter(c -> showing.contains(c.type())).count();
            long carrying = cells.stream().filter(c -> showing.contains(c.type()) && labelled.matcher(c.text()).find())
                    .count();
            if (carrying > 0 && carrying * 10 >= kind * 9) {
                lookaheads.append("(?=(?:").append(text).append("(?i:").append(FieldLabels.BOUND_BEFORE).append(label)
                        .append(")(?<").append(field).append(">").append(value).append("))?)");
                found.put(field, "the value after its label in the event column");
            }
        }
        return lookaheads.toString();
    }


    /** Whether nine in ten events of this kind name a VM after the word ("TO B"); at least one must. */
    private static boolean peersAfter(List<Cell> cells, EventType type, Pattern preposition,
                                      Predicate<String> namesVm) {
        long kind = cells.stream().filter(c -> c.type() == type).count();
        long naming = cells.stream().filter(c -> c.type() == type).filter(c -> {
            Matcher word = FIRST_WORD.matcher(c.text());
            if (!word.find()) {
                return false;
            }
            Matcher peer = preposition.matcher(word.group(2).strip());
            return peer.matches() && (namesVm.test(peer.group(1)) || peer.group(1).matches(
                    "(?i)" + MessagePeers.EVERY_OTHER));
        }).count();
        return naming > 0 && naming * 10 >= kind * 9;
    }
}
