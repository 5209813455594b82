package scalemodels.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
        LABELS.put("to", "to[ _-]?(?:vms?|machines?|process(?:es)?|nodes?)?(?:\\((?:s|es)\\))?"
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

    /** The value a labelled field takes in free text. */
    static String valueRegex(String field) {
        return switch (field) {
            case "from" -> "(?:vm|machine|process|node|p|m)?[ _#-]?\\d+";
            case "to" -> "[\\[(]?\\s*(?:(?:vm|machine|process|node|p|m)?[ _#-]?\\d+\\s*(?:,|;|&|and|\\s)\\s*)*"
                    + "(?:vm|machine|process|node|p|m)?[ _#-]?\\d+\\s*[\\])]?|" + MessagePeers.EVERY_OTHER;
            default -> "\\d+";
        };
    }
}
