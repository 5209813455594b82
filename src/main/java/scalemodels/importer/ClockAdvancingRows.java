package scalemodels.importer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rows of a table whose event cell is a word no event of the exercise has ("process", logged when a message is taken
 * off the queue after its "receive" was logged on arrival) but whose clock is one more than the row's before, in nine
 * in ten of them: events the vocabulary lacks, which advance the clock as an internal event does. Passed over, each
 * would make the event after it seem to jump.
 */
final class ClockAdvancingRows {
    private ClockAdvancingRows() {
    }

    /**
     * @param files  each file's sampled lines, in order
     * @param cells  a line's cells
     * @param number a cell's whole number, or -1
     */
    static Set<String> words(List<List<String>> files, Function<String, String[]> cells, int columns, int eventColumn,
                             int clockColumn, ToLongFunction<String> number) {
        Map<String, int[]> seen = new LinkedHashMap<>(); // word -> {rows, rows whose clock is the one before + 1}
        for (List<String> lines : files) {
            long before = -1;
            for (String line : lines) {
                String[] row = cells.apply(line);
                long clock = row.length == columns ? number.applyAsLong(row[clockColumn]) : -1;
                String word = clock < 0 ? "" : row[eventColumn].strip().toLowerCase(Locale.ROOT);
                if (word.matches("[a-z_]{3,}") && EventCells.type(word) == null) {
                    int[] counts = seen.computeIfAbsent(word, w -> new int[2]);
                    counts[0]++;
                    counts[1] += before >= 0 && clock == before + 1 ? 1 : 0;
                }
                before = clock >= 0 ? clock : before;
            }
        }
        Set<String> words = new LinkedHashSet<>();
        seen.forEach((word, counts) -> {
            if (counts[1] * 10 >= counts[0] * 9) {
                words.add(word);
            }
        });
        return words;
    }
}
