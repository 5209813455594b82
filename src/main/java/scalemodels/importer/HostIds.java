package scalemodels.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** VM ids for the hosts a log names (ShiViz host groups, "alpha", "node-3"), in the order they first appear. */
final class HostIds {
    private static final Pattern DIGITS = Pattern.compile("(\\d+)");
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    /** A host's VM id: the number in its name if there is one (and not taken), else the next free one. */
    int id(String host) {
        return ids.computeIfAbsent(host, h -> {
            Matcher digits = DIGITS.matcher(h);
            int id = digits.find() ? FormatText.parseIntOr(digits.group(1), -1) : -1;
            if (id < 0 || id > 1000 || ids.containsValue(id)) {
                id = ids.size();
                while (ids.containsValue(id)) {
                    id++;
                }
            }
            return id;
        });
    }

    /** The id of a host seen before, or -1. */
    int known(String host) {
        return ids.getOrDefault(host, -1);
    }

    /** "hosts as named in the log: alpha = VM 0, ..." when VMs were named by words rather than numbers. */
    Optional<String> names(int vms) {
        if (ids.isEmpty() || ids.keySet().stream().allMatch(h -> VmIds.numberIn(h) >= 0)) {
            return Optional.empty();
        }
        VmIds dense = VmIds.of(ids.values().stream().mapToInt(Integer::intValue).toArray());
        StringBuilder names = new StringBuilder("hosts as named in the log: ");
        ids.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            int vm = dense.denseOrMissing(e.getValue());
            if (vm >= 0 && vm < vms) {
                names.append(names.charAt(names.length() - 2) == ':' ? "" : ", ").append(e.getKey()).append(" = VM ")
                        .append(vm);
            }
        });
        return Optional.of(names.toString());
    }
}
