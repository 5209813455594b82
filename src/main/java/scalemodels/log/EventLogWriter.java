package scalemodels.log;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends event lines to one VM log, LF-terminated and flushed after every line, so that a stopped run loses nothing
 * and a killed VM loses at most the line it was writing.
 */
public final class EventLogWriter implements Closeable {
    private final BufferedWriter out;

    public EventLogWriter(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Writes the line and returns it, so callers can stream the very same text elsewhere. */
    public String write(LogEvent event) throws IOException {
        String line = LogLineFormat.format(event);
        out.write(line);
        out.write('\n');
        out.flush();
        return line;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
