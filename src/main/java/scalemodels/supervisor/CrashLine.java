package scalemodels.supervisor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Optional;

import org.tinylog.Logger;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.log.LogWriteException;
import scalemodels.log.MalformedLineException;
import scalemodels.log.Timestamps;

/**
 * The {@code crash} line the supervisor appends to a VM's log after its process died: at the VM's last tick and
 * clock. A line the process was writing when it died is cut off first, so the log stays one event per line; that
 * event is the only one a crash loses.
 */
final class CrashLine {
    private CrashLine() {
    }

    /**
     * @param streamed the last event the VM streamed, used when its log's last line cannot be read
     * @return the crash event written, or empty when the VM had logged nothing yet
     * @throws LogWriteException when the line cannot be written whole (the log is then left as it was)
     */
    static Optional<LogEvent> append(Path log, LogEvent streamed) throws LogWriteException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        try {
            cutPartialLine(log);
            LogEvent last = lastLine(log).orElse(streamed);
            if (last == null || last.type() == EventType.CRASH) {
                // Nothing logged yet, or a restarted process died before its restart line: the log already ends
                // with the VM down, and a second crash line would say it crashed twice without coming back.
                return Optional.empty();
            }
            LogEvent crash = new LogEvent(Timestamps.nowMicros(), last.vm(), last.tick(), last.clock(),
                    Math.max(0, last.queue()), new EventDetail.Crash(), null);
            appendWhole(log, (LogLineFormat.format(crash) + "\n").getBytes(StandardCharsets.UTF_8));
            return Optional.of(crash);
        } catch (IOException e) {
            Logger.error(e, "could not write the crash line of {}", log);
            throw e instanceof LogWriteException lwe ? lwe : new LogWriteException(log, e);
        }
    }

    /** Appends the bytes as one line or not at all: a write cut short (a full disk) is taken back. */
    private static void appendWhole(Path log, byte[] line) throws IOException {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            long before = channel.size();
            ByteBuffer buffer = ByteBuffer.wrap(line);
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer, before + buffer.position());
                }
            } catch (IOException e) {
                channel.truncate(before);
                throw e;
            }
        }
    }

    /** The log's last complete line, parsed: the VM's state when it died (it may not have streamed it yet). */
    private static Optional<LogEvent> lastLine(Path log) throws IOException {
        // Only the tail is read: a long run's log may be large, and one event line is far shorter than this.
        int tail = LogLineFormat.MAX_LINE_LENGTH * 2;
        String text;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - tail);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                try {
                    return Optional.of(LogLineFormat.parse(lines[i]));
                } catch (MalformedLineException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static void cutPartialLine(Path log) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            long end = file.length();
            long keep = end;
            while (keep > 0) {
                file.seek(keep - 1);
                if (file.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                Logger.warn("cutting {} bytes of a line {} was writing when it died", end - keep, log.getFileName());
                file.setLength(keep);
            }
        }
    }
}
