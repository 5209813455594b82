package scalemodels.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.tinylog.Logger;

/**
 * Room kept in a run folder for the run's last words: a hidden file taken when the run starts and given back when
 * those words are due. The supervisor keeps two: one for the crash lines and diagnostics, given back at the first
 * problem (a VM that cannot write its log), and one for the manifest that says how the run ended, given back at the
 * end (the first may be eaten by VMs still logging by then). On a full disk the run folder then still ends with a
 * manifest saying how, instead of a 0-byte temporary file.
 */
public final class DiskReserve {
    /** For the crash lines and diagnostics: a crash line per VM and many lines of diagnostics. */
    public static final int FOR_CRASH_LINES = 128 * 1024;
    /** For the final manifest (about a kilobyte, in whole blocks). */
    public static final int FOR_MANIFEST = 64 * 1024;

    private final Path file;
    private volatile boolean held;

    private DiskReserve(Path file, boolean held) {
        this.file = file;
        this.held = held;
    }

    /**
     * Takes {@code bytes} of room in {@code dir}, as the hidden file {@code name}; on a disk already too full for it,
     * holds none (and says so in diagnostics).
     */
    public static DiskReserve take(Path dir, String name, int bytes) {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer zeros = ByteBuffer.allocate(8192);
            for (int written = 0; written < bytes; written += zeros.capacity()) {
                zeros.clear();
                while (zeros.hasRemaining()) {
                    channel.write(zeros);
                }
            }
            channel.force(false); // the blocks themselves, not only a size: a sparse file would reserve nothing
            return new DiskReserve(file, true);
        } catch (IOException e) {
            Logger.warn("no room reserved for the run's last words in {}: {}", dir, e.getMessage());
            deleteQuietly(file);
            return new DiskReserve(file, false);
        }
    }

    /** Gives the room back (once; later calls do nothing). */
    public void release() {
        if (held) {
            held = false;
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Logger.warn("could not delete {}: {}", file, e.getMessage());
        }
    }
}
