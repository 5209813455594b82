package scalemodels.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * A number right after a receive's event word ("Received: 7", "RECV 7") is the timestamp it carried, or the sender
 * when they take no more values than there are VMs, unless one of them stands in every VM's receives (no VM receives
 * from itself: that is a queue length, "R 0" ... "R 2", and is left unread rather than misread); a VM named there
 * ("RecFrom:process_3", "recv VM2") is the sender.
 */
final class ReceiveWordNumber {
    /** The end of a whole number: not the hours of a time ("00:15:09") nor the whole part of a fraction. */
    private static final String NUMBER_END = "(?![A-Za-z0-9]|[:.]\\d)";
    /** A word before a VM's number ("process_3", "VM 2", "m1"). */
    private static final String VM_WORD = "(?:" + FieldLabels.VM_WORDS + ")[ _#-]?";
    private static final Pattern AFTER = Pattern.compile("(?i)^[^A-Za-z0-9\\n]{0,3}(" + VM_WORD + ")?(\\d+)"
            + NUMBER_END);

    /** The field the number is, the format's slot that reads it, and how the format's description says it. */
    record Reading(String field, String slot, String said) {
    }

    private ReceiveWordNumber() {
    }

    /** @param found the fields already found, by name; none is read twice */
    static Optional<Reading> of(List<SampleLine> events, int files, Map<String, String> found) {
        Set<String> values = new LinkedHashSet<>();
        Map<Path, Set<String>> perFile = new HashMap<>();
        int receives = 0;
        int named = 0;
        for (SampleLine line : events) {
            if (line.type() != EventType.RECEIVE) {
                continue;
            }
            receives++;
            Matcher m = AFTER.matcher(line.text().substring(line.wordAt() + line.word().length()));
            if (m.find()) {
                values.add(m.group(2));
                perFile.computeIfAbsent(line.file(), f -> new HashSet<>()).add(m.group(2));
                named += m.group(1) != null ? 1 : 0;
            }
        }
        if (receives == 0 || values.isEmpty() || found.containsKey("msg") && found.containsKey("from")) {
            return Optional.empty();
        }
        boolean vmNamed = named * 10 >= receives * 9;
        String field = vmNamed || found.containsKey("msg") || !found.containsKey("from") && values.size() <= files
                && files > 1 ? "from" : "msg";
        if (found.containsKey(field) || field.equals("from") && !vmNamed && inEveryVmsReceives(perFile)) {
            return Optional.empty();
        }
        return Optional.of(new Reading(field, "(?:[^A-Za-z0-9\\n]{0,3}(?:" + VM_WORD + ")?(?<" + field + ">\\d+)"
                + NUMBER_END + ")?", vmNamed ? "the VM named after the receive word"
                : "the number after the receive word"));
    }

    /** Whether some number stands after the receive word in the receives of every file (two or more) that has one. */
    private static boolean inEveryVmsReceives(Map<Path, Set<String>> perFile) {
        if (perFile.size() < 2) {
            return false;
        }
        Set<String> common = new HashSet<>(perFile.values().iterator().next());
        perFile.values().forEach(common::retainAll);
        return !common.isEmpty();
    }
}
