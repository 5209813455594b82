package scalemodels.diag;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import org.tinylog.core.LogEntry;
import org.tinylog.writers.AbstractFormatPatternWriter;
import org.tinylog.writers.raw.ByteArrayWriter;

/**
 * tinylog's file writer for a file that moves while the process runs ({@code writer = run file}): the supervisor's
 * diagnostics follow each run into its folder, a standby VM's go from a temporary file to its run's once claimed.
 * tinylog formats every line ({@code writer.format}, levels, the writing itself); this class only says where.
 *
 * <p>Why not tinylog's rolling file writer with a dynamic path segment, as before: when it starts it lists every file
 * under the part of its path before the first placeholder, to continue the latest, and a path that begins with its
 * dynamic segment has no such part, so it walked the whole working directory: 2 s more for a headless run started
 * from a home folder of 250,000 files, each standby VM likewise, and from {@code /} it ran out of memory.
 *
 * <p>Lines are appended unbuffered, as tinylog's file writer does, so a process that dies loses none; writes from
 * several threads are serialised here.
 */
public final class RunFileWriter extends AbstractFormatPatternWriter {
    /** Its name in a tinylog configuration ({@code writer = run file}): tinylog finds it as a service. */
    public static final String NAME = "run file";
    /** Where lines go from now on; null: the configured {@code writer.file}. */
    private static volatile Path target;

    private final Path configured;
    private final Charset charset;
    private Path open;
    private ByteArrayWriter writer;

    /** Made by tinylog from the configuration ({@code writer.file}, {@code writer.format}, {@code writer.charset}). */
    public RunFileWriter(Map<String, String> properties) {
        super(properties);
        this.configured = Path.of(getFileName()).toAbsolutePath();
        this.charset = getCharset();
    }

    /**
     * Lines written from now on go to {@code file}, appended (its folder is made if missing); null: back to the
     * configured file.
     */
    public static void switchTo(Path file) {
        target = file == null ? null : file.toAbsolutePath();
    }

    /** Where lines go now, as set by {@link #switchTo}; null while they go to the configured file. */
    public static Path target() {
        return target;
    }

    @Override
    public synchronized void write(LogEntry entry) throws IOException {
        Path wanted = target == null ? configured : target;
        if (!wanted.equals(open)) {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            writer = createByteArrayWriter(wanted.toString(), true, false, false, false, charset);
            open = wanted;
        }
        byte[] line = render(entry).getBytes(charset);
        writer.write(line, 0, line.length);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            open = null;
        }
    }
}
