package scalemodels.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * Recipients named by a number of their own that is no VM id, such as the port a VM listens on ("SEND to 5002" in
 * logs named vm_0.log .. vm_2.log). No send of the exercise goes to its own VM, so each VM's sends name every number
 * but its own: the number a VM never sends to is that VM's. The numbers are read that way when there are exactly as
 * many of them as VMs, none is a VM id of the logs, and never sending to one settles every VM's number, each its own.
 * Otherwise they stay VMs with no log here, as before.
 */
final class RecipientAliases {
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d+");

    private RecipientAliases() {
    }

    /** Each alias's VM 0..N-1, or null when the sends' numbers are not aliases that can be settled. */
    static Map<Integer, Integer> of(List<RawEvent> raws, VmIds vmIds, int vms) {
        Set<Integer> all = new TreeSet<>();
        Map<Integer, Set<Integer>> namedBy = new HashMap<>();
        for (RawEvent raw : raws) {
            String list = MessagePeers.text(raw);
            if (raw.type() != EventType.SEND || list == null) {
                continue;
            }
            for (var m : DIGIT_RUNS.matcher(list).results().toList()) {
                int n = FormatText.parseIntOr(m.group(), -1);
                if (n < 0 || vmIds.denseOrMissing(n) >= 0) {
                    return null; // a VM id of the logs (or no number): recipients are VM ids
                }
                all.add(n);
                namedBy.computeIfAbsent(vmIds.dense(raw.vm()), v -> new HashSet<>()).add(n);
            }
        }
        if (vms < 2 || all.size() != vms) {
            return null;
        }
        Map<Integer, Set<Integer>> candidates = new HashMap<>();
        for (int vm = 0; vm < vms; vm++) {
            Set<Integer> own = new HashSet<>(all);
            own.removeAll(namedBy.getOrDefault(vm, Set.of()));
            candidates.put(vm, own);
        }
        Map<Integer, Integer> aliases = new HashMap<>();
        boolean settled = true;
        while (settled && aliases.size() < vms) {
            settled = false;
            for (Map.Entry<Integer, Set<Integer>> entry : candidates.entrySet()) {
                if (entry.getValue().size() == 1) {
                    int alias = entry.getValue().iterator().next();
                    aliases.put(alias, entry.getKey());
                    candidates.values().forEach(c -> c.remove(alias));
                    settled = true;
                }
            }
        }
        return aliases.size() == vms ? aliases : null;
    }
}
