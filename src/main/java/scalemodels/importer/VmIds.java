package scalemodels.importer;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The VM ids a foreign log uses, mapped onto 0..N-1 in ascending order: logs that count from 1, or that name their
 * VMs by process id, become as many lanes as they have VMs (not an empty VM 0, nor millions of lanes).
 */
final class VmIds {
    /** A VM named by its number, alone or after a word: "2", "VM2", "vm_2", "machine 2", "#2". */
    private static final Pattern NUMBERED = Pattern.compile("(?i)[a-z_ #-]*(\\d{1,9})");

    private final int[] ids;

    private VmIds(int[] ids) {
        this.ids = ids;
    }

    /** The number a VM's name gives it, or -1 when the name is a word ("alpha") rather than a number. */
    static int numberIn(String name) {
        Matcher m = NUMBERED.matcher(name.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    static VmIds of(int[] rawIds) {
        return new VmIds(Arrays.stream(rawIds).distinct().sorted().toArray());
    }

    int count() {
        return Math.max(1, ids.length);
    }

    /** The lane of a VM id the logs use (every id passed to {@link #of} has one). */
    int dense(int raw) {
        int index = Arrays.binarySearch(ids, raw);
        if (index < 0) {
            throw new IllegalArgumentException("VM id " + raw + " is not one of " + listing());
        }
        return index;
    }

    /** The lane of a VM id, or -1 for an id that no log has. */
    int denseOrMissing(int raw) {
        int index = Arrays.binarySearch(ids, raw);
        return index < 0 ? -1 : index;
    }

    String listing() {
        return Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    /** A sentence when the ids are not already 0..N-1. */
    Optional<String> describe() {
        if (ids.length == 0 || ids[0] == 0 && ids[ids.length - 1] == ids.length - 1) {
            return Optional.empty();
        }
        if (ids[0] == 1 && ids[ids.length - 1] == ids.length) {
            return Optional.of("VM ids are 1-based: VM 1.." + ids.length + " of the logs are VM 0.." + (ids.length - 1)
                    + " here");
        }
        return Optional.of("VM ids " + listing() + " (not 0..N-1, process ids perhaps) are VM 0.." + (ids.length - 1)
                + " here, in ascending order");
    }
}
