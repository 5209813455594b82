package scalemodels.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the names of a folder's log files say: which number in them is the VM id (the one that differs from file to
 * file), or else which word names the VM, and a rate where a number follows "rate" or precedes "tps". Gives the
 * {@code files} regex of a format.
 */
final class FileIds {
    /**
     * A number in a file name: digits, or digits with points between them ("0.25", "2025.03.04"), which are one
     * number and never a VM id or a rate (clock_rate_0.25.csv: the tick period; its digits are not two numbers).
     */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final String DECIMAL = "\\d+(?:\\.\\d+)+";
    private static final Pattern RATE_BEFORE = Pattern.compile("(?i)(?:rate|tps|speed)[_-]?$");
    private static final Pattern RATE_AFTER = Pattern.compile("(?i)^[_-]?(?:tps|ticks|hz)");

    /** How the names give each file's VM, and whether that settles it (else a VM named on the lines wins). */
    enum Naming {
        /** The number that differs from name to name (vm1.log, vm2.log). */
        NUMBER("the number in the file name", true),
        /** One file: the first number in its name that is no rate (vm_1.log); its lines may name VMs instead. */
        ONE_FILE("the number in the file name", false),
        /** A word that differs from name to name (machine_A_log.csv): the VMs in name order. */
        WORD("the name in the file name, in name order", true),
        /** Nothing that tells the names apart: each file by the number in its name, else in name order. */
        WHOLE_NAME("the file name (the number in it, else name order)", false);

        final String said;
        final boolean settles;

        Naming(String said, boolean settles) {
            this.said = said;
            this.settles = settles;
        }
    }

    private final String regex;
    private final Naming naming;
    private final boolean rateInName;
    /** The names a {@code host} group takes ("A", "B", "C") when VMs are named by a word; else empty. */
    private final Set<String> hosts;

    private FileIds(String regex, Naming naming, boolean rateInName, Set<String> hosts) {
        this.regex = regex;
        this.naming = naming;
        this.rateInName = rateInName;
        this.hosts = hosts;
    }

    static FileIds of(List<Path> files) {
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        String first = names.get(0);
        List<int[]> runs = new ArrayList<>();
        Matcher m = NUMBER.matcher(first);
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        int idRun = -1;
        if (names.size() > 1) {
            for (int r = 0; r < runs.size() && idRun < 0; r++) {
                if (!isDecimal(first, runs.get(r)) && distinctAt(names, r)) {
                    idRun = r;
                }
            }
        }
        if (idRun < 0 && names.size() > 1) {
            FileIds named = namedHosts(names);
            if (named != null) {
                return named;
            }
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        boolean rate = false;
        boolean vmGroup = false;
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            regex.append(FormatInference.literal(first.substring(at, run[0])));
            if (isDecimal(first, run)) {
                regex.append(DECIMAL);
                at = run[1];
                continue;
            }
            boolean isRate = r != idRun && (RATE_BEFORE.matcher(first.substring(0, run[0])).find()
                    || RATE_AFTER.matcher(first.substring(run[1])).find());
            // One file: its first number that is no rate is its VM's id (vm_1.log), unless its lines name VMs.
            boolean isId = r == idRun || names.size() == 1 && !isRate && !vmGroup;
            regex.append(isId ? "(?<vm>\\d+)" : isRate ? "(?<rate>\\d+)" : "\\d+");
            rate |= isRate;
            vmGroup |= isId;
            at = run[1];
        }
        regex.append(FormatInference.literal(first.substring(at)));
        String built = regex.toString();
        Pattern pattern = Pattern.compile(built);
        boolean all = names.stream().allMatch(n -> pattern.matcher(n).matches());
        if (!all || !vmGroup) {
            // Names of different shapes, or with no number that tells them apart: each file is its own VM, by the
            // number in its name where it has one, else in name order (a vm field on the lines still wins).
            return new FileIds("(?<host>.+)", Naming.WHOLE_NAME, false, Set.of());
        }
        return new FileIds(built, idRun >= 0 ? Naming.NUMBER : Naming.ONE_FILE, rate, Set.of());
    }

    /**
     * Files named by a word that differs from file to file and no number ("machine_A_log.csv", "alpha.log"): that
     * word, between the names' common beginning and end (cut back to punctuation), is the host; VM ids follow the
     * names' order. Null when the names have no such part.
     */
    private static FileIds namedHosts(List<String> names) {
        String prefix = names.get(0);
        String suffix = names.get(0);
        for (String name : names) {
            int p = 0;
            while (p < Math.min(prefix.length(), name.length()) && prefix.charAt(p) == name.charAt(p)) {
                p++;
            }
            prefix = prefix.substring(0, p);
            int q = 0;
            while (q < Math.min(suffix.length(), name.length())
                    && suffix.charAt(suffix.length() - 1 - q) == name.charAt(name.length() - 1 - q)) {
                q++;
            }
            suffix = suffix.substring(suffix.length() - q);
        }
        while (!prefix.isEmpty() && Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        while (!suffix.isEmpty() && Character.isLetterOrDigit(suffix.charAt(0))) {
            suffix = suffix.substring(1);
        }
        Set<String> hosts = new HashSet<>();
        for (String name : names) {
            if (prefix.length() + suffix.length() >= name.length()
                    || !hosts.add(name.substring(prefix.length(), name.length() - suffix.length()))) {
                return null;
            }
        }
        return new FileIds(FormatInference.literal(prefix) + "(?<host>.+)" + FormatInference.literal(suffix),
                Naming.WORD, false, Set.copyOf(hosts));
    }

    private static boolean distinctAt(List<String> names, int run) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            Matcher m = NUMBER.matcher(name);
            for (int i = 0; i <= run; i++) {
                if (!m.find()) {
                    return false;
                }
            }
            if (m.group().indexOf('.') >= 0) {
                return false;
            }
            if (!seen.add(String.valueOf(Long.parseLong(m.group().length() > 18 ? "0" : m.group())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String name, int[] run) {
        return name.substring(run[0], run[1]).indexOf('.') >= 0;
    }

    String regex() {
        return regex;
    }

    /** Whether the file names settle each file's VM, so that a VM named on its lines is not looked for. */
    boolean settleVms() {
        return naming.settles;
    }

    boolean rateInName() {
        return rateInName;
    }

    /** How the files' names give VM ids, for the description of an inferred format. */
    String describe() {
        return naming.said;
    }

    /** The words that name the files' VMs ("A", "alpha") where files are named by a word; else empty. */
    Set<String> hosts() {
        return hosts;
    }

    /** Whether a peer named in a line ("B", "VM 2", "2") is one of these files' VMs, as far as names tell. */
    boolean namesVm(String peer) {
        String p = peer.strip();
        return VmIds.numberIn(p) >= 0 || hosts.stream().anyMatch(h -> h.equalsIgnoreCase(p));
    }
}
