package scalemodels.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import scalemodels.event.EventType;

/**
 * Who the messages of a set of logs went to and came from, decided once for all of them. Usually VM ids, as senders
 * and file names use them ({@link PeerNames}). Some implementations number a VM's peers instead, as the exercise
 * words it ("1: send to one of the other machines, 2: to the other"): {@code machine_1} and {@code machine_2} are the
 * sender's first and second other VM in id order. That shows as VMs naming themselves as recipients, which no send
 * of the exercise does, while no number exceeds the count of peers. A broadcast word with no recipient ("Broadcast
 * to all machines"), or recipients named as all of them ("to all VMs", "to=both"), are every other VM. A VM named by
 * number that has no log here (one VM's log analysed alone) is left out of a send's recipients, and a receive from it
 * keeps neither sender nor timestamp: the event stays what it is, and nothing here is matched to it.
 */
final class MessagePeers {
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d+");
    /** A receive's sender that is a VM with no log here: nothing of its message can be matched or judged. */
    static final int WITHOUT_LOG = -2;
    /** Recipients named as every other VM: "all", "all VMs", "both machines", "everyone", "all other peers". */
    static final String EVERY_OTHER = "(?:all|both|every(?:one|body)?)(?:[ _-](?:(?:the|other)[ _-])?"
            + "(?:vms|machines|processes|nodes|peers|others))?";
    private static final Pattern EVERY_OTHER_TEXT = Pattern.compile("(?i)[^A-Za-z0-9]*" + EVERY_OTHER
            + "[^A-Za-z0-9]*");

    private final PeerNames peers;
    private final int vms;
    /** The first peer's number (0 or 1) when recipients are peer numbers; -1 when they are VM ids. */
    private final int base;
    private int broadcasts;
    /** Sends that name their own VM among their recipients while recipients are read as VM ids. */
    private int selfNamed;
    /** VMs that sends name by number but that have no log here (one VM's log analysed alone), by the logs' ids. */
    private final SortedSet<Integer> withoutLog = new TreeSet<>();

    /** Recipients' own numbers (ports, say) and their VMs 0..N-1 ({@link RecipientAliases}); null when none. */
    private final java.util.Map<Integer, Integer> aliases;

    private MessagePeers(PeerNames peers, int vms, int base, java.util.Map<Integer, Integer> aliases) {
        this.peers = peers;
        this.vms = vms;
        this.base = base;
        this.aliases = aliases;
    }

    /** Reads every send's recipient numbers: peer numbers when at least two VMs (one of two) would name themselves. */
    static MessagePeers of(List<RawEvent> raws, PeerNames peers, VmIds vmIds, int vms) {
        java.util.Map<Integer, Integer> aliases = RecipientAliases.of(raws, vmIds, vms);
        if (aliases != null) {
            return new MessagePeers(peers, vms, -1, aliases);
        }
        Set<Integer> selfNaming = new TreeSet<>();
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (RawEvent raw : raws) {
            String list = text(raw);
            if (raw.type() != EventType.SEND || list == null) {
                continue;
            }
            Matcher m = DIGIT_RUNS.matcher(list);
            while (m.find()) {
                int n = FormatText.parseIntOr(m.group(), Integer.MAX_VALUE);
                min = Math.min(min, n);
                max = Math.max(max, n);
                if (n == raw.vm()) {
                    selfNaming.add(raw.vm());
                }
            }
        }
        int base = -1;
        if (vms >= 2 && max >= 0 && selfNaming.size() >= Math.min(2, vms - 1)) {
            base = min >= 1 && max <= vms - 1 ? 1 : min >= 0 && max <= vms - 2 ? 0 : -1;
        }
        return new MessagePeers(peers, vms, base, null);
    }

    /** The send's recipients as VMs 0..N-1, null when it names none; {@code sender} is its VM 0..N-1. */
    int[] recipients(RawEvent raw, int sender) {
        String list = text(raw);
        if (list == null || list.isBlank() || EVERY_OTHER_TEXT.matcher(list).matches()) {
            if (list != null && !list.isBlank() || raw.type() == EventType.SEND && EventWords.isBroadcast(raw.word())) {
                broadcasts++;
                return IntStream.range(0, vms).filter(vm -> vm != sender).toArray();
            }
            return null;
        }
        if (aliases != null) {
            return DIGIT_RUNS.matcher(list).results().mapToInt(m -> aliasedVm(m.group())).filter(vm -> vm >= 0)
                    .distinct().sorted().toArray();
        }
        if (base < 0) {
            int[] to = peers.recipients(list, withoutLog::add);
            if (to != null && Arrays.stream(to).anyMatch(vm -> vm == sender)) {
                // No send of the exercise goes to its own VM: a number of a peer, with too few logs here to tell.
                selfNamed++;
                return Arrays.stream(to).filter(vm -> vm != sender).toArray();
            }
            return to;
        }
        List<Integer> to = new ArrayList<>();
        Matcher m = DIGIT_RUNS.matcher(list);
        while (m.find()) {
            long index = (long) FormatText.parseIntOr(m.group(), Integer.MAX_VALUE) - base;
            if (index < 0 || index >= vms - 1) {
                throw new IllegalArgumentException("peer number " + FormatText.abbreviate(m.group()) + " is none of VM "
                        + sender + "'s " + (vms - 1) + " peers");
            }
            to.add((int) (index < sender ? index : index + 1));
        }
        if (to.isEmpty()) {
            throw new IllegalArgumentException("recipient '" + FormatText.abbreviate(list) + "' names no peer number");
        }
        return to.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /**
     * The VM a receive names as its sender: -1 when it names none, {@link #WITHOUT_LOG} when it names by number a VM
     * that has no log here.
     */
    int sender(RawEvent raw) {
        String from = raw.get("from") != null ? raw.get("from") : raw.get("peer");
        if (from == null || from.isBlank()) {
            return -1;
        }
        Matcher number = DIGIT_RUNS.matcher(from);
        if (!number.find()) {
            return peers.sender(from); // a host's name: one that no log has is refused, as before
        }
        Integer aliased = aliases == null ? null : aliases.get(FormatText.parseIntOr(number.group(), -1));
        if (aliased != null) {
            return aliased;
        }
        boolean[] missing = new boolean[1];
        int[] named = peers.recipients(from, vmId -> {
            withoutLog.add(vmId);
            missing[0] = true;
        });
        return missing[0] ? WITHOUT_LOG : named.length == 1 ? named[0] : -1;
    }

    /** The VM a recipient's own number stands for; -1 (and said) for a number that is none of them. */
    private int aliasedVm(String number) {
        int n = FormatText.parseIntOr(number, -1);
        Integer vm = aliases.get(n);
        if (vm == null) {
            withoutLog.add(n);
            return -1;
        }
        return vm;
    }

    /** What a reader of the analysis should know about how recipients and senders were read. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (aliases != null) {
            notes.add("sends name their recipients by numbers of their own, not VM ids (ports, perhaps), each VM's "
                    + "being the one its sends never name: " + new java.util.TreeMap<>(aliases).entrySet().stream()
                    .map(e -> e.getKey() + " = VM " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (base >= 0) {
            notes.add("sends name their recipients by peer number " + base + ".." + (base + vms - 2) + " (the "
                    + "sender's other VMs in id order), not by VM id: read as VM ids, VMs would have sent to "
                    + "themselves");
        }
        if (!withoutLog.isEmpty()) {
            notes.add("messages name VM" + (withoutLog.size() == 1 ? " " : "s ") + withoutLog.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + " of the logs, which "
                    + (withoutLog.size() == 1 ? "has" : "have") + " no log here: left out of sends' recipients, and "
                    + "receives from " + (withoutLog.size() == 1 ? "it" : "them") + " are not matched");
        }
        if (selfNamed > 0) {
            notes.add(selfNamed + (selfNamed == 1 ? " send names its" : " sends name their") + " own VM as a recipient "
                    + "(peer numbers, perhaps, with too few logs here to tell): left out of the recipients");
        }
        if (broadcasts > 0) {
            notes.add("a send to all (a broadcast word with no recipient, or recipients such as 'all VMs') goes to "
                    + "every other VM: " + broadcasts + " sends");
        }
        return notes;
    }

    static String text(RawEvent raw) {
        return raw.get("to") != null ? raw.get("to") : raw.get("peer");
    }
}
