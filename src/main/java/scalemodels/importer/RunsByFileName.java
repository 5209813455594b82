package scalemodels.importer;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder that holds several runs, told apart by a number in the files' names (trial1_machine_1.log, ...,
 * trial2_machine_1.log, ...: the {@code run} group of a format's {@code files} regex, see {@link FileIds}). One run is
 * read at a time, the first unless another is asked for, as with executions between delimiter lines in one file.
 */
final class RunsByFileName {
    private RunsByFileName() {
    }

    /** The files to read, and how many runs the folder holds (1 when the names tell none apart). */
    record Chosen(List<Path> files, int runs) {
    }

    /**
     * The files of run {@code execution} (from 1, runs in the order of their numbers), saying in {@code notes} which
     * it is and how many the folder holds; all of {@code files} where the pattern tells no runs apart.
     *
     * @throws NoSuchExecutionException when the folder holds fewer runs than {@code execution}
     */
    static Chosen choose(List<Path> files, Pattern names, int execution, List<String> notes)
            throws NoSuchExecutionException {
        if (!names.pattern().contains("(?<" + FileIds.RUN_GROUP + ">")) {
            return new Chosen(files, 1);
        }
        // A hand-written format's run group may take words too: numbers in their order, words after them.
        Map<String, List<Path>> runs = new TreeMap<>(Comparator.comparing((String run) -> !run.matches("\\d+"))
                .thenComparing(run -> run.matches("\\d+") ? new BigInteger(run) : BigInteger.ZERO)
                .thenComparing(Comparator.naturalOrder()));
        for (Path file : files) {
            Matcher m = names.matcher(file.getFileName().toString());
            if (m.matches() && m.group(FileIds.RUN_GROUP) != null) {
                runs.computeIfAbsent(m.group(FileIds.RUN_GROUP), k -> new ArrayList<>()).add(file);
            }
        }
        if (runs.size() < 2) {
            return new Chosen(files, 1);
        }
        List<String> numbers = List.copyOf(runs.keySet());
        if (execution > numbers.size()) {
            throw new NoSuchExecutionException("--execution " + execution + ": the folder holds " + numbers.size()
                    + " runs told apart by their file names (numbers " + numbers.get(0) + " to "
                    + numbers.get(numbers.size() - 1) + ")");
        }
        List<Path> chosen = runs.get(numbers.get(execution - 1));
        notes.add("the folder holds " + numbers.size() + " runs told apart by their file names: read run "
                + execution + " of " + numbers.size() + " (" + String.join(", ", chosen.stream()
                .map(f -> f.getFileName().toString()).toList()) + "); --execution N, or the window's run chooser, "
                + "shows another");
        return new Chosen(chosen, numbers.size());
    }
}
