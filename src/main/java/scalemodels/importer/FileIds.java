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
    /** A VM word just before a number of a file name ("machine_", "vm-"). */
    private static final Pattern VM_BEFORE = Pattern.compile("(?i)(?:" + FieldLabels.VM_WORDS + ")[ _#-]?$");
    /** The group of a {@code files} regex that tells runs apart, where a folder holds several. */
    static final String RUN_GROUP = "run";

    /** How the names give each file's VM, and whether that settles it (else a VM named on the lines wins). */
    enum Naming {
        /** The number that differs from name to name (vm1.log, vm2.log). */
        NUMBER("the number in the file name", true),
        /**
         * Two numbers that differ, one telling the VM and one the run (trial1_machine_2.log): the folder holds several
         * runs, each read on its own ({@code run} group).
         */
        NUMBER_PER_RUN("a number in the file name (another number in it tells the runs apart)", true),
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
        int runNumber = -1;
        if (idRun < 0 && names.size() > 1) {
            int[] pair = runAndVm(names, first, runs);
            if (pair != null) {
                runNumber = pair[0];
                idRun = pair[1];
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
            regex.append(isId ? "(?<vm>\\d+)" : r == runNumber ? "(?<" + RUN_GROUP + ">\\d+)"
                    : isRate ? "(?<rate>\\d+)" : "\\d+");
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
        return new FileIds(built, runNumber >= 0 ? Naming.NUMBER_PER_RUN : idRun >= 0 ? Naming.NUMBER
                : Naming.ONE_FILE, rate, Set.of());
    }

    /**
     * Where no one number tells the files apart but two do together, each taking several values (trial1_machine_1,
     * trial1_machine_2, trial2_machine_1, ...): the VM is the one counting from 0 or 1 where only one does, else the
     * one after a VM word ("machine_2"), else the later one; the other is the run. Null when no such pair.
     *
     * @return the run's number index and the VM's
     */
    private static int[] runAndVm(List<String> names, String first, List<int[]> runs) {
        for (int a = 0; a < runs.size(); a++) {
            for (int b = a + 1; b < runs.size(); b++) {
                if (isDecimal(first, runs.get(a)) || isDecimal(first, runs.get(b)) || !distinctPairs(names, a, b)) {
                    continue;
                }
                // VM ids count from 0 or 1 (0..2, 1..3); a run may be numbered so too (trial1..trial5) or not at all
                // (machine_1678252612_0.log: the run's start in epoch seconds, after the VM word).
                boolean aIds = countsUp(names, a);
                boolean bIds = countsUp(names, b);
                boolean vmFirst = aIds != bIds ? aIds : VM_BEFORE.matcher(first.substring(0, runs.get(a)[0])).find()
                        && !VM_BEFORE.matcher(first.substring(0, runs.get(b)[0])).find();
                return vmFirst ? new int[] {b, a} : new int[] {a, b};
            }
        }
        return null;
    }

    /** Whether number {@code n} of the names takes the values 0..k or 1..k, as VM ids do. */
    private static boolean countsUp(List<String> names, int n) {
        java.util.TreeSet<Long> values = new java.util.TreeSet<>();
        for (String name : names) {
            String number = numberAt(name, n);
            if (number == null || number.length() > 4) {
                return false;
            }
            values.add(Long.parseLong(number));
        }
        return values.first() <= 1 && values.last() - values.first() == values.size() - 1;
    }

    /** Whether numbers {@code a} and {@code b} of each name, together, differ from name to name, each alone not. */
    private static boolean distinctPairs(List<String> names, int a, int b) {
        Set<String> pairs = new HashSet<>();
        Set<String> firsts = new HashSet<>();
        Set<String> seconds = new HashSet<>();
        for (String name : names) {
            String first = numberAt(name, a);
            String second = numberAt(name, b);
            if (first == null || second == null || first.contains(".") || second.contains(".")) {
                return false;
            }
            String x = valueOf(first);
            String y = valueOf(second);
            if (!pairs.add(x + "/" + y)) {
                return false;
            }
            firsts.add(x);
            seconds.add(y);
        }
        return firsts.size() > 1 && seconds.size() > 1;
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
            String number = numberAt(name, run);
            if (number == null || number.indexOf('.') >= 0 || !seen.add(valueOf(number))) {
                return false;
            }
        }
        return true;
    }

    /** Number {@code n} (from 0) of a file name as written ("007", "0.25"), or null when it has fewer. */
    private static String numberAt(String name, int n) {
        Matcher m = NUMBER.matcher(name);
        for (int i = 0; i <= n; i++) {
            if (!m.find()) {
                return null;
            }
        }
        return m.group();
    }

    /** A whole number of a name as a value to compare ("007" is 7; beyond 18 digits, 0). */
    private static String valueOf(String number) {
        return String.valueOf(Long.parseLong(number.length() > 18 ? "0" : number));
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
