package scalemodels.importer;

import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * How an imported line names other VMs, turned into the run's VM ids 0..N-1: recipients, senders and the hosts of a
 * vector clock, by number ("VM 2") or by a host's name ("alpha"). Anything else is refused with a reason.
 */
final class PeerNames {
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d+");
    /** Words between names in a list of peers ("A and C", "machines alpha, beta"), unless a host has that name. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)and|vms?|machines?|process(?:es)?|nodes?|peers?");

    private final VmIds vmIds;
    private final int vms;
    private final ToIntFunction<String> hostId;
    /** A host that logs events, or -1: a peer named by a word no host has ("all", "peers") is not a VM. */
    private final ToIntFunction<String> knownHost;

    PeerNames(VmIds vmIds, int vms, ToIntFunction<String> hostId, ToIntFunction<String> knownHost) {
        this.vmIds = vmIds;
        this.vms = vms;
        this.hostId = hostId;
        this.knownHost = knownHost;
    }

    /** The VMs a send names ("1,2", "[1, 2]", "VM 1 and VM 3", "alpha beta"); null when it names none. */
    int[] recipients(String list) {
        return recipients(list, raw -> {
            throw new IllegalArgumentException("peer '" + FormatText.abbreviate(list) + "' is none of the VMs "
                    + vmIds.listing() + " that have logs");
        });
    }

    /**
     * As {@link #recipients(String)}, but a VM named by a number that has no log here (one VM's log analysed alone)
     * is left out and given to {@code withoutLog}: the send stays a send.
     */
    int[] recipients(String list, java.util.function.IntConsumer withoutLog) {
        if (list == null || list.isBlank()) {
            return null;
        }
        // "1,2", "[1, 2]", "VM 1 and VM 3": where the list has numbers, they are the ids; else it names hosts.
        if (!DIGIT_RUNS.matcher(list).find()) {
            return java.util.Arrays.stream(list.strip().split("[,;&\\s]+"))
                    .filter(word -> knownHost.applyAsInt(word) >= 0 || !CONNECTIVE.matcher(word).matches())
                    .mapToInt(this::peer).distinct().sorted().toArray();
        }
        return DIGIT_RUNS.matcher(list).results().mapToInt(m -> {
            int raw = FormatText.parseIntOr(m.group(), Integer.MAX_VALUE);
            int id = vmIds.denseOrMissing(raw);
            if (id < 0 || id >= vms) {
                withoutLog.accept(raw);
            }
            return id;
        }).filter(id -> id >= 0 && id < vms).distinct().sorted().toArray();
    }

    /** The VM a receive names as its sender, or -1 when it names none. */
    int sender(String from) {
        return from == null || from.isBlank() ? -1 : peer(from.strip());
    }

    int peer(String text) {
        // "2", "VM2", "machine 2": the number names the VM the same way the logs' own ids do; else a host's name.
        int raw = VmIds.numberIn(text);
        if (raw < 0) {
            raw = knownHost.applyAsInt(text.strip());
        }
        int id = raw < 0 ? -1 : vmIds.denseOrMissing(raw);
        if (id < 0 || id >= vms) {
            throw new IllegalArgumentException("peer '" + FormatText.abbreviate(text) + "' is none of the VMs "
                    + vmIds.listing() + " that have logs");
        }
        return id;
    }

    /** A vector clock written as "1,0,2" or as ShiViz JSON {"host": count, ...}. */
    long[] vector(String text) {
        long[] vc = new long[vms];
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonObject json;
            try {
                json = JsonParser.parseString(trimmed).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new IllegalArgumentException("vector clock '" + FormatText.abbreviate(trimmed)
                        + "' is not a JSON object");
            }
            for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
                int vm = vmIds.denseOrMissing(hostId.applyAsInt(entry.getKey()));
                if (vm < 0 || vm >= vms) {
                    throw new IllegalArgumentException("vector clock names host '" + entry.getKey()
                            + "' that logs no event");
                }
                try {
                    vc[vm] = entry.getValue().getAsLong();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("vector clock entry '" + entry.getKey() + "' is not a number");
                }
            }
            return vc;
        }
        String[] parts = trimmed.split(",");
        if (parts.length != vms) {
            throw new IllegalArgumentException("vector clock has " + parts.length + " entries, the run has " + vms
                    + " VMs");
        }
        for (int i = 0; i < vms; i++) {
            try {
                vc[i] = Long.parseLong(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("vector clock '" + FormatText.abbreviate(trimmed)
                        + "' is not a list of whole numbers");
            }
        }
        return vc;
    }
}
