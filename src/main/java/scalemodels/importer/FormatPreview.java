package scalemodels.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import scalemodels.event.EventType;

/**
 * The first lines of a log as a format reads them, for the format editor: each line with what it became (an event
 * and its fields, the rate header, skipped, or why it does not fit). Plain Java, so the editor's logic is tested
 * without a window.
 */
public final class FormatPreview {
    /** One line of the preview: its number, its text, and what the format reads in it. */
    public record Row(int line, String text, String readAs, boolean fits) {
    }

    private static final int PREVIEW_BYTES = 64 * 1024;

    private FormatPreview() {
    }

    /** The text of a format file for a format, as the editor shows it. */
    public static String text(LogFormat format) {
        return format.text();
    }

    /**
     * Reads a format from the editor's text.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static LogFormat parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a properties text: " + e.getMessage());
        }
        return LogFormat.of(p, "edited");
    }

    /** The first log file of a folder that the format reads (by its files pattern), or the file itself. */
    public static Path sampleFile(Path path, LogFormat format) throws IOException {
        if (Files.isRegularFile(path)) {
            return path;
        }
        for (Path file : FormatInference.candidates(path)) {
            if (format.files().matcher(file.getFileName().toString()).matches()) {
                return file;
            }
        }
        throw new IOException("no file in " + path + " matches the files pattern " + format.files().pattern());
    }

    /** Up to {@code max} lines of the file as the format reads them (line formats; a text format is described). */
    public static List<Row> rows(Path file, LogFormat format, int max) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PREVIEW_BYTES);
        }
        String[] lines = LogText.lenient(head).split("\r?\n", -1);
        List<Row> rows = new ArrayList<>();
        if (format.mode() == LogFormat.Mode.TEXT) {
            rows.add(new Row(0, "", "mode = text: events span lines; open the logs to see them read", true));
            return rows;
        }
        List<String> groups = FormatText.groupNames(format.event());
        List<Blocks.Numbered> read = Blocks.of(format, lines);
        for (int i = 0; i < read.size() && rows.size() < max; i++) {
            String line = read.get(i).text();
            if (line.isEmpty() && i == read.size() - 1) {
                break;
            }
            rows.add(row(read.get(i).number(), line, format, groups));
        }
        return rows;
    }

    private static Row row(int number, String line, LogFormat format, List<String> groups) {
        LineReading read = LineReading.of(format, groups, line);
        return switch (read.kind()) {
            case BLANK -> new Row(number, line, "blank; skipped", true);
            case TOO_LONG -> new Row(number, FormatText.abbreviate(line), "too long; skipped", false);
            case RATE -> new Row(number, line, "rate " + read.rate() + " (header)", true);
            case SKIPPED -> new Row(number, line, "skipped", true);
            case NO_MATCH -> new Row(number, line, "does not match the event pattern", false);
            case TOO_COMPLEX -> new Row(number, line, "the event pattern backtracks too much on this line", false);
            case EVENT -> eventRow(number, line, format, read);
        };
    }

    private static Row eventRow(int number, String line, LogFormat format, LineReading read) {
        StringBuilder fields = new StringBuilder();
        read.fields().forEach((k, v) -> fields.append(' ').append(k).append('=').append(v.strip()));
        read.extras().forEach((k, v) -> fields.append(' ').append(k).append('=').append(v.strip()));
        EventType type = read.typeWord() == null ? null : format.typeOf(read.typeWord());
        if (type == null) {
            return new Row(number, line, "event word '" + read.typeWord() + "' is none of the type.* words" + fields,
                    false);
        }
        boolean clock = read.fields().containsKey("clock") || read.fields().containsKey("vc");
        return new Row(number, line, type.word() + fields + (clock ? "" : "  (no clock)"), clock);
    }
}
