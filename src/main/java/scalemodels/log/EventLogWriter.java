package scalemodels.log;

import scalemodels.event.LogEvent;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends event lines to one VM log, LF-terminated. A live VM flushes after every line, so that a stopped run loses
 * nothing and a killed VM loses at most the line it was writing; the simulation, which has no one to lose lines to,
 * writes in large blocks.
 */
public final class EventLogWriter implements Closeable {
    private final Path file;
    private final BufferedWriter out;
    private final boolean flushEachLine;

    /** A writer that flushes every line (for live VMs). */
    public EventLogWriter(Path file) throws IOException {
        this(file, true);
    }

    public EventLogWriter(Path file, boolean flushEachLine) throws IOException {
        this.file = file;
        try {
            this.out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new LogWriteException(file, e);
        }
        this.flushEachLine = flushEachLine;
    }

    /** Writes the line and returns it, so callers can stream the very same text elsewhere. */
    public String write(LogEvent event) throws IOException {
        return write(event, flushEachLine);
    }

    /**
     * Writes the line, flushing it (and any held back before it) only if asked: a VM behind its schedule holds a few
     * lines back and flushes them together.
     */
    public String write(LogEvent event, boolean flush) throws IOException {
        String line = LogLineFormat.format(event);
        try {
            out.write(line);
            out.write('\n');
            if (flush) {
                out.flush();
            }
        } catch (IOException e) {
            throw new LogWriteException(file, e);
        }
        return line;
    }

    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw new LogWriteException(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new LogWriteException(file, e);
        }
    }
}
