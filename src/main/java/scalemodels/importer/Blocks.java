package scalemodels.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a line-based format reads, numbered as in the file: the file's own lines, or in
 * {@link LogFormat.Mode#BLOCK} each event's lines joined into one. One place for the importer and the format editor's
 * preview.
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
        List<Numbered> read = new ArrayList<>(lines.length);
        if (format.mode() != LogFormat.Mode.BLOCK) {
            for (int i = 0; i < lines.length; i++) {
                read.add(new Numbered(i + 1, lines[i]));
            }
            return read;
        }
        StringBuilder open = null;
        int openAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean rate = format.rate() != null && format.rate().matcher(line).matches();
            boolean continues = open != null && !line.isBlank() && !rate && format.skip() != null
                    && format.skip().matcher(line).matches() && open.length() < LogImporter.MAX_LINE_CHARS;
            if (continues) {
                open.append(JOINER).append(line.strip());
                continue;
            }
            if (open != null) {
                read.add(new Numbered(openAt, open.toString()));
                open = null;
            }
            boolean startsEvent = !line.isBlank() && !rate
                    && (format.skip() == null || !format.skip().matcher(line).matches());
            if (startsEvent) {
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
