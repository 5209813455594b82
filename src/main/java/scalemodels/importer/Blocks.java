package scalemodels.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines a line-based format reads, numbered as in the file: the file's own lines, or in
 * {@link LogFormat.Mode#BLOCK} each event's lines joined into one. One place for the importer, the format editor's
 * preview and the inference that chooses the mode.
 */
final class Blocks {
    /** What joins an event's lines into one. */
    static final String JOINER = " | ";

    /** A line to read and the number of the file line it starts on. */
    record Numbered(int number, String text) {
    }

    private Blocks() {
    }

    static List<Numbered> of(LogFormat format, String[] lines) {
        if (format.mode() != LogFormat.Mode.BLOCK) {
            List<Numbered> read = new ArrayList<>(lines.length);
            for (int i = 0; i < lines.length; i++) {
                read.add(new Numbered(i + 1, lines[i]));
            }
            return read;
        }
        // An event starts on a line the skip pattern does not pass over; the lines it passes over join it.
        Predicate<String> rate = line -> format.rate() != null && format.rate().matcher(line).matches();
        return join(Arrays.asList(lines), line -> !line.isBlank() && !rate.test(line)
                && (format.skip() == null || !format.skip().matcher(line).matches()), rate);
    }

    /**
     * Each line that starts an event joined with the lines after it, up to a blank line, the next event's line or a
     * line that stands alone (a rate header); other lines as they are. One place for reading and for inferring.
     */
    static List<Numbered> join(List<String> lines, Predicate<String> startsEvent, Predicate<String> standsAlone) {
        List<Numbered> read = new ArrayList<>(lines.size());
        StringBuilder open = null;
        int openAt = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean starts = startsEvent.test(line);
            boolean continues = open != null && !starts && !line.isBlank() && !standsAlone.test(line)
                    && open.length() < LogImporter.MAX_LINE_CHARS;
            if (continues) {
                open.append(JOINER).append(line.strip());
                continue;
            }
            if (open != null) {
                read.add(new Numbered(openAt, open.toString()));
                open = null;
            }
            if (starts) {
                open = new StringBuilder(line.strip());
                openAt = i + 1;
            } else {
                read.add(new Numbered(i + 1, line));
            }
        }
        if (open != null) {
            read.add(new Numbered(openAt, open.toString()));
        }
        return read;
    }
}
