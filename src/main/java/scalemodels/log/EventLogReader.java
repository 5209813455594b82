package scalemodels.log;

import scalemodels.event.LogEvent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a VM log file written by {@link EventLogWriter}; blank lines are skipped, anything else must parse. Lines end
 * at {@code \n}, {@code \r} or {@code \r\n}, as {@link java.io.BufferedReader#readLine} has them.
 *
 * <p>The bytes are scanned in large blocks and the common lines parsed straight from them
 * ({@link CanonicalLineParser}); only a line that is not of the canonical shape becomes a String, strictly decoded
 * as UTF-8, for the general parser. Loading a large run is mostly this loop (see docs/benchmarks.md).
 */
public final class EventLogReader {
    private static final int BLOCK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Receives each event of a file in file order, with its 1-based line number. */
    @FunctionalInterface
    public interface EventSink {
        void accept(LogEvent event, int lineNumber) throws LogParseException;
    }

    private EventLogReader() {
    }

    /**
     * @throws LogParseException naming the file and line of the first line that is not a valid event
     * @throws IOException       when the file cannot be read
     */
    public static VmLog read(Path file) throws IOException, LogParseException {
        List<LogEvent> events = new ArrayList<>();
        int[][] lines = {new int[64]};
        scan(file, (event, lineNumber) -> {
            if (events.size() == lines[0].length) {
                lines[0] = Arrays.copyOf(lines[0], lines[0].length * 2);
            }
            lines[0][events.size()] = lineNumber;
            events.add(event);
        });
        return new VmLog(file, List.copyOf(events), Arrays.copyOf(lines[0], events.size()));
    }

    /**
     * Parses the file line by line into {@code sink}, without holding more than a block of it.
     *
     * @throws LogParseException naming the file and line of the first line that is not a valid event (or that the
     *                           sink refuses)
     */
    public static void scan(Path file, EventSink sink) throws IOException, LogParseException {
        scan(file, Long.MAX_VALUE, null, sink);
    }

    /**
     * Parses the first {@code settledBytes} of the file (a log still being written: what it held at one moment; a
     * last line without its line end there is being written and is left out), handing each line that is not an
     * event to {@code damaged} and going on, or, when {@code damaged} is null, throwing at the first.
     */
    public static void scan(Path file, long settledBytes, Consumer<LogParseException> damaged, EventSink sink)
            throws IOException, LogParseException {
        CanonicalLineParser fast = new CanonicalLineParser();
        byte[] buf = new byte[BLOCK];
        int filled = 0;
        int lineNumber = 0;
        long left = settledBytes;
        boolean skipLf = false;
        boolean skippingLongLine = false; // lenient: the rest of a line too long to hold, up to its end
        try (InputStream in = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof || filled > 0) {
                if (!eof && filled < buf.length) {
                    int n = left <= 0 ? -1 : in.read(buf, filled, (int) Math.min(buf.length - filled, left));
                    if (n < 0) {
                        eof = true;
                    } else {
                        filled += n;
                        left -= n;
                        continue;
                    }
                }
                int start = 0;
                if (skipLf && filled > 0) {
                    skipLf = false;
                    if (buf[0] == '\n') {
                        start = 1;
                    }
                }
                int i = start;
                while ((i = nextLineEnd(buf, i, filled)) < filled) {
                    byte c = buf[i];
                    if (skippingLongLine) {
                        skippingLongLine = false; // its end: reported when it began
                    } else {
                        lineNumber++;
                        line(file, buf, start, i, lineNumber, fast, sink, damaged);
                    }
                    i++;
                    if (c == '\r') {
                        if (i < filled) {
                            if (buf[i] == '\n') {
                                i++;
                            }
                        } else {
                            skipLf = true;
                        }
                    }
                    start = i;
                }
                if (eof) {
                    if (start < filled && settledBytes == Long.MAX_VALUE && !skippingLongLine) {
                        lineNumber++;
                        line(file, buf, start, filled, lineNumber, fast, sink, damaged);
                    }
                    filled = 0;
                } else if (start == 0 && filled == buf.length) {
                    if (!skippingLongLine) {
                        LogParseException tooLong = new LogParseException(file, lineNumber + 1, "line of more than "
                                + buf.length + " bytes, longer than " + LogLineFormat.MAX_LINE_LENGTH);
                        if (damaged == null) {
                            throw tooLong;
                        }
                        damaged.accept(tooLong);
                        lineNumber++;
                        skippingLongLine = true;
                    }
                    filled = 0;
                } else {
                    System.arraycopy(buf, start, buf, 0, filled - start);
                    filled -= start;
                }
            }
        }
    }

    /**
     * Index of the first {@code \n} or {@code \r} in {@code [from, to)}, or {@code to}: eight bytes at a time (the
     * "has zero byte" bit trick), since finding line ends was a third of the time of loading a large run.
     */
    static int nextLineEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long lf = word ^ 0x0A0A0A0A0A0A0A0AL;
            long cr = word ^ 0x0D0D0D0D0D0D0D0DL;
            long found = ((lf - 0x0101010101010101L) & ~lf | (cr - 0x0101010101010101L) & ~cr) & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return to;
    }

    private static void line(Path file, byte[] buf, int from, int to, int lineNumber, CanonicalLineParser fast,
            EventSink sink, Consumer<LogParseException> damaged) throws LogParseException {
        try {
            line(file, buf, from, to, lineNumber, fast, sink);
        } catch (LogParseException e) {
            if (damaged == null) {
                throw e;
            }
            damaged.accept(e);
        }
    }

    private static void line(Path file, byte[] buf, int from, int to, int lineNumber, CanonicalLineParser fast,
            EventSink sink) throws LogParseException {
        LogEvent event = fast.parse(buf, from, to);
        if (event == null) {
            if (isAsciiBlank(buf, from, to)) {
                return;
            }
            String text = decode(file, buf, from, to, lineNumber);
            if (text.isBlank()) {
                return;
            }
            try {
                event = LogLineFormat.parseGeneral(text);
            } catch (MalformedLineException e) {
                throw new LogParseException(file, lineNumber, e.getMessage());
            }
        }
        sink.accept(event, lineNumber);
    }

    private static boolean isAsciiBlank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && !(c >= 0x0B && c <= 0x0D) && !(c >= 0x1C && c <= 0x1F)) {
                return false;
            }
        }
        return true;
    }

    private static String decode(Path file, byte[] buf, int from, int to, int lineNumber) throws LogParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new LogParseException(file, lineNumber, "not UTF-8 text");
        }
    }
}
