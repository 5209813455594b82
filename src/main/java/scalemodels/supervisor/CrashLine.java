package scalemodels.supervisor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * event is the only one a crash loses. Lines the VM logged but had not yet streamed (it writes its log first, and may
 * die between the two) are read back from the log, so that the live run holds every line of the log, in order.
 */
final class CrashLine {
    /**
     * The log's tail read back: far more than the lines a VM holds back from its stream (32, VmRuntime), each far
     * shorter than the longest line allowed.
     */
    private static final int TAIL_BYTES = LogLineFormat.MAX_LINE_LENGTH * 16;

    private CrashLine() {
    }

    /**
     * What the log held that the stream had not delivered, and the crash line written after it.
     *
     * @param unstreamed complete lines after the last one streamed, in log order
     * @param crash      the crash event written, or empty when none was (nothing logged, or already down)
     */
    record Written(List<LogEvent> unstreamed, Optional<LogEvent> crash) {
    }

    /**
     * @param streamedLine the last event line the VM streamed, exactly as logged, or null when it streamed none
     * @param streamed     that event, used when the log's last line cannot be read
     * @param start        the start line the VM would have opened its log with, or null before the clocks started:
     *                     a VM killed before it wrote that line gets it written for it, then its crash, so that its
     *                     log still opens with its start and a restart has a crash to follow
     * @throws LogWriteException when the line cannot be written whole (the log is then left as it was)
     */
    static Written append(Path log, String streamedLine, LogEvent streamed, LogEvent start)
            throws LogWriteException {
        if (!Files.exists(log) && start == null) {
            return new Written(List.of(), Optional.empty());
        }
        try {
            if (!Files.exists(log)) { // killed before it opened its log
                Files.createFile(log);
            }
            cutPartialLine(log);
            Tail tail = tail(log);
            LogEvent last = tail.last().orElse(streamed);
            if (last == null && start != null) {
                LogEvent crash = crashAfter(start);
                appendWhole(log, (LogLineFormat.format(start) + "\n" + LogLineFormat.format(crash) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return new Written(List.of(start), Optional.of(crash));
            }
            if (last == null || last.type() == EventType.CRASH) {
                // Nothing logged yet, or a restarted process died before its restart line: the log already ends
                // with the VM down, and a second crash line would say it crashed twice without coming back.
                return new Written(List.of(), Optional.empty());
            }
            List<LogEvent> unstreamed = tail.after(streamedLine);
            LogEvent crash = crashAfter(last);
            appendWhole(log, (LogLineFormat.format(crash) + "\n").getBytes(StandardCharsets.UTF_8));
            return new Written(unstreamed, Optional.of(crash));
        } catch (IOException e) {
            Logger.error(e, "could not write the crash line of {}", log);
            throw e instanceof LogWriteException lwe ? lwe : new LogWriteException(log, e);
        }
    }

    /** The crash at the last event's tick and clock. */
    private static LogEvent crashAfter(LogEvent last) {
        // Never before the VM's last line: a VM whose clock runs ahead (--clock-skew) logged "later" than now.
        return new LogEvent(Math.max(Timestamps.nowMicros(), last.timeMicros()), last.vm(), last.tick(), last.clock(),
                Math.max(0, last.queue()), new EventDetail.Crash(), null);
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

    /**
     * The complete lines at the log's end.
     *
     * @param whole whether they are all of the log
     */
    private record Tail(List<String> lines, boolean whole) {
        /** The last line, parsed: the VM's state when it died (it may not have streamed it yet). */
        Optional<LogEvent> last() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return parse(lines.get(i));
                }
            }
            return Optional.empty();
        }

        /**
         * The events after {@code streamedLine}; with none streamed, those after the last crash line (a restarted
         * process's), or all when the tail is the whole log. Empty when the streamed line is not in the tail.
         */
        List<LogEvent> after(String streamedLine) {
            int from = -1;
            for (int i = lines.size() - 1; i >= 0 && from < 0; i--) {
                String line = lines.get(i);
                if (streamedLine != null ? line.equals(streamedLine) : isCrash(line)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                from = streamedLine == null && whole ? 0 : lines.size();
            }
            List<LogEvent> events = new ArrayList<>();
            for (String line : lines.subList(from, lines.size())) {
                parse(line).ifPresent(events::add);
            }
            return events;
        }

        private static boolean isCrash(String line) {
            return parse(line).map(e -> e.type() == EventType.CRASH).orElse(false);
        }

        private static Optional<LogEvent> parse(String line) {
            try {
                return line.isBlank() ? Optional.empty() : Optional.of(LogLineFormat.parse(line));
            } catch (MalformedLineException e) {
                return Optional.empty();
            }
        }
    }

    private static Tail tail(Path log) throws IOException {
        // Only the tail is read: a long run's log may be large.
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0); // begun before the tail: not a whole line
            }
            return new Tail(lines, start == 0);
        }
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
