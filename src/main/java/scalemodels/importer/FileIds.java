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
 * file), and a rate where a number follows "rate" or precedes "tps". Gives the {@code files} regex of a format.
 */
final class FileIds {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern RATE_BEFORE = Pattern.compile("(?i)(?:rate|tps|speed)[_-]?$");
    private static final Pattern RATE_AFTER = Pattern.compile("(?i)^[_-]?(?:tps|ticks|hz)");

    private final String regex;
    private final boolean idInName;
    private final boolean rateInName;

    private FileIds(String regex, boolean idInName, boolean rateInName) {
        this.regex = regex;
        this.idInName = idInName;
        this.rateInName = rateInName;
    }

    static FileIds of(List<Path> files) {
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        String first = names.get(0);
        List<int[]> runs = new ArrayList<>();
        Matcher m = DIGITS.matcher(first);
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        int idRun = -1;
        if (names.size() > 1) {
            for (int r = 0; r < runs.size() && idRun < 0; r++) {
                if (distinctAt(names, r)) {
                    idRun = r;
                }
            }
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        boolean rate = false;
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            regex.append(FormatInference.literal(first.substring(at, run[0])));
            boolean isRate = r != idRun && (RATE_BEFORE.matcher(first.substring(0, run[0])).find()
                    || RATE_AFTER.matcher(first.substring(run[1])).find());
            regex.append(r == idRun ? "(?<vm>\\d+)" : isRate ? "(?<rate>\\d+)" : "\\d+");
            rate |= isRate;
            at = run[1];
        }
        regex.append(FormatInference.literal(first.substring(at)));
        String built = regex.toString();
        Pattern pattern = Pattern.compile(built);
        boolean all = names.stream().allMatch(n -> pattern.matcher(n).matches());
        if (!all) {
            // Names of different shapes: any file, its id the first number that differs.
            return new FileIds(".*", false, false);
        }
        return new FileIds(built, idRun >= 0, rate);
    }

    private static boolean distinctAt(List<String> names, int run) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            Matcher m = DIGITS.matcher(name);
            for (int i = 0; i <= run; i++) {
                if (!m.find()) {
                    return false;
                }
            }
            if (!seen.add(String.valueOf(Long.parseLong(m.group().length() > 18 ? "0" : m.group())))) {
                return false;
            }
        }
        return true;
    }

    String regex() {
        return regex;
    }

    boolean idInName() {
        return idInName;
    }

    boolean rateInName() {
        return rateInName;
    }
}
