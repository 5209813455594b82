package scalemodels.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several executions in one log file, separated by delimiter lines (as ShiViz logs may hold): which stretch of the
 * text is the chosen one, and what to tell the user about the others.
 */
final class Executions {
    /**
     * @param start   where the chosen execution's events start in the text
     * @param end     where they end
     * @param note    the executions the file holds, when more than one (or another than the first was asked for)
     * @param problem when the asked-for execution does not exist
     * @param count   how many executions the file holds (1 without delimiter lines)
     */
    record Choice(int start, int end, Optional<String> note, Optional<String> problem, int count) {
    }

    private Executions() {
    }

    /** The whole text when there is no delimiter line. */
    static Choice choose(String fileName, String text, Pattern delimiter, int execution) {
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)" + delimiter.pattern()).matcher(text);
        while (m.find()) {
            starts.add(new int[] {m.start(), Math.min(text.length(), m.end() + 1)});
            String name = m.group().replaceAll("^[\\s=#-]+|[\\s=#-]+$", "");
            names.add(name.isEmpty() ? "execution " + (names.size() + 1) : name);
        }
        if (starts.isEmpty()) {
            return new Choice(0, text.length(), Optional.empty(), Optional.empty(), 1);
        }
        // Each range: where its events start, where they end, and where it is named (its delimiter line).
        List<int[]> ranges = new ArrayList<>();
        if (!text.substring(0, starts.get(0)[0]).isBlank()) {
            ranges.add(new int[] {0, starts.get(0)[0], 0});
            names.add(0, "execution before the first delimiter");
        }
        for (int k = 0; k < starts.size(); k++) {
            ranges.add(new int[] {starts.get(k)[1], k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length(),
                starts.get(k)[0]});
        }
        int chosen = Math.max(1, Math.min(execution, ranges.size()));
        int[] range = ranges.get(chosen - 1);
        if (ranges.size() == 1 && execution == 1) {
            return new Choice(range[0], range[1], Optional.empty(), Optional.empty(), 1);
        }
        StringBuilder list = new StringBuilder(fileName + " holds " + ranges.size() + " executions: ");
        for (int k = 0; k < ranges.size(); k++) {
            list.append(k == 0 ? "" : ", ").append(k + 1).append(" '").append(names.get(k)).append("' (line ")
                    .append(1 + newlines(text, 0, ranges.get(k)[2])).append(')');
        }
        list.append("; showing ").append(chosen).append(" (choose another with --execution N or the window's run "
                + "chooser)");
        Optional<String> problem = execution > ranges.size()
                ? Optional.of("there is no execution " + execution + "; showing " + chosen) : Optional.empty();
        return new Choice(range[0], range[1], Optional.of(list.toString()), problem, ranges.size());
    }

    /** Line breaks in {@code text} between {@code from} and {@code to}. */
    static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
