package scalemodels.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.event.LogEvent;
import scalemodels.model.RunSettings;
import scalemodels.sim.SimulatedRun;

/** The byte-level fast path of the reader must mean exactly what the general parser means, line for line. */
class FastReaderTest {
    @TempDir
    Path dir;

    @Test
    void everyLineOfASimulatedRunParsesTheSameOnTheFastPathAsOnTheGeneralOne() throws Exception {
        RunFolder run = SimulatedRun.write(new RunSettings(3, 5, 1, 6, 10, 50, 20), 1_000, dir);
        CanonicalLineParser fast = new CanonicalLineParser();
        int fastLines = 0;
        int lines = 0;
        for (Path file : run.vmLogFiles()) {
            for (String line : Files.readAllLines(file)) {
                lines++;
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                LogEvent e = fast.parse(bytes, 0, bytes.length);
                if (e != null) {
                    fastLines++;
                    assertEquals(line, LogLineFormat.format(e));
                    assertEquals(LogLineFormat.format(LogLineFormat.parseGeneral(line)), LogLineFormat.format(e));
                }
            }
        }
        assertTrue(fastLines > lines * 0.99, fastLines + " of " + lines + " lines on the fast path");
    }

    @Test
    void linesOfAnotherShapeAreLeftToTheGeneralParser() {
        String base = "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0";
        assertNotNull(fastParse(base));
        for (String other : List.of(
                base.replace("vm=0 tick=1", "tick=1 vm=0"),                      // another key order
                base.replace("value=7", "value=0"),                              // below the minimum
                base.replace("queue=0", "queue=-1"),                             // a sign
                base.replace("clock=1", "clock=1234567890123456789"),            // 19 digits
                base.replace("vm=0", "vm=3000000000"),                           // above an int
                base.replace(".373456Z", ".373Z"),                               // another timestamp shape
                base.replace("2026-11-24", "2026-02-30"),                        // no such day
                base.replace("vc=1,0,0", "vc=1,,0"),
                base + " ",
                base.replace("event=internal", "event=start"),
                "time=2026-11-24T17:23:47.623456Z vm=0 tick=2 event=send clock=2 queue=0 value=3 to=1 failed=1 vc=2,0,0",
                "time=2026-11-24T17:23:47.623456Z vm=0 tick=2 event=send clock=2 queue=0 value=3 vc=2,0,0")) {
            assertNull(fastParse(other), other);
        }
    }

    @Test
    void theMinuteCacheNeverCarriesOverToAnotherMinute() {
        CanonicalLineParser fast = new CanonicalLineParser();
        String line = "time=%s vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0";
        for (String time : List.of("2026-11-24T17:23:47.373456Z", "2026-11-24T17:23:59.999999Z",
                "2026-11-24T17:24:00.000000Z", "2026-12-24T17:24:00.000001Z", "2026-11-24T17:23:47.373456Z")) {
            byte[] bytes = String.format(line, time).getBytes(StandardCharsets.US_ASCII);
            assertEquals(Timestamps.parse(time), fast.parse(bytes, 0, bytes.length).timeMicros(), time);
        }
        byte[] badSecond = String.format(line, "2026-11-24T17:23:60.000000Z").getBytes(StandardCharsets.US_ASCII);
        assertNull(fast.parse(badSecond, 0, badSecond.length));
    }

    @Test
    void lineEndsAreFoundEightBytesAtATimeExactlyAsOneByOne() {
        Random random = new Random(3);
        byte[] alphabet = {'a', ' ', '=', '\n', '\r', (byte) 0x8A, (byte) 0x0B, 0};
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(random.nextBoolean() ? 3 : alphabet.length)];
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int expected = from;
            while (expected < b.length && b[expected] != '\n' && b[expected] != '\r') {
                expected++;
            }
            assertEquals(expected, EventLogReader.nextLineEnd(b, from, b.length));
        }
    }

    @Test
    void crLfAndCrEndingsBlankLinesAndBlockBoundariesCountLinesAsReadLineDoes() throws Exception {
        String line = "time=2026-11-24T17:23:47.373456Z vm=0 tick=%d event=internal clock=%d queue=0 value=7 vc=%d,0,0";
        List<String> endings = List.of("\n", "\r\n", "\r", "\n\n", "\n \t\n");
        int block = 1 << 20;
        StringBuilder text = new StringBuilder();
        int tick = 0;
        for (int boundary = 1; boundary <= 3; boundary++) {
            while (text.length() < boundary * block - 300) {
                tick++;
                text.append(String.format(line, tick, tick, tick)).append(endings.get(tick % endings.size()));
            }
            // A blank line of spaces puts a line end right on the reader's block boundary: \r\n split across
            // two blocks, a lone \r last in a block, \n first in the next.
            int target = boundary * block - (boundary == 3 ? 0 : 1);
            text.append(" ".repeat(target - text.length()));
            text.append(boundary == 1 ? "\r\n" : "\r");
        }
        tick++;
        text.append(String.format(line, tick, tick, tick)); // the last line has no ending at all
        Path file = dir.resolve("vm_0.log");
        Files.writeString(file, text, StandardCharsets.US_ASCII);

        List<Integer> expected = new ArrayList<>();
        try (var in = Files.newBufferedReader(file)) {
            int n = 0;
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                n++;
                if (!l.isBlank()) {
                    expected.add(n);
                }
            }
        }
        VmLog log = EventLogReader.read(file);
        assertEquals(tick, log.events().size());
        for (int i = 0; i < tick; i++) {
            assertEquals(i + 1, log.events().get(i).tick());
            assertEquals(expected.get(i), log.lineOf(i), "line of event " + i);
        }
    }

    @Test
    void aLineLongerThanABlockIsRefusedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("vm_0.log");
        Files.writeString(file, "\n\n" + "x".repeat((1 << 20) + 10) + "\n", StandardCharsets.US_ASCII);
        LogParseException e = assertThrows(LogParseException.class, () -> EventLogReader.read(file));
        assertEquals(3, e.lineNumber());
        assertTrue(e.reason().contains("longer than 4096"), e.reason());
    }

    private static LogEvent fastParse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new CanonicalLineParser().parse(bytes, 0, bytes.length);
    }
}
