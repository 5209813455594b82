package scalemodels.log;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogLineFormatTest {
    /** The contract's own example lines, verbatim. */
    private static final String[] CONTRACT = {
        "time=2026-11-24T17:23:47.123456Z vm=0 tick=0 event=start clock=0 queue=0 rate=4 speed=1 seed=812 vms=3 vc=0,0,0",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0",
        "time=2026-11-24T17:23:47.623456Z vm=0 tick=2 event=send clock=2 queue=0 value=3 to=1,2 vc=2,0,0",
        "time=2026-11-24T17:23:47.873456Z vm=0 tick=3 event=receive clock=7 queue=1 from=2 msg=6 vc=3,0,6",
        "time=2026-11-24T17:24:47.000000Z vm=0 tick=240 event=stop clock=412 queue=3",
    };

    @Test
    void theContractExamplesRoundTripToTheLetter() throws MalformedLineException {
        for (String line : CONTRACT) {
            assertEquals(line, LogLineFormat.format(LogLineFormat.parse(line)));
        }
    }

    @Test
    void fieldsParseToTheirMeaning() throws MalformedLineException {
        LogEvent send = LogLineFormat.parse(CONTRACT[2]);
        assertEquals(EventType.SEND, send.type());
        assertEquals(Timestamps.parse("2026-11-24T17:23:47.623456Z"), send.timeMicros());
        assertEquals(2, send.tick());
        assertEquals(2, send.clock());
        assertArrayEquals(new int[] {1, 2}, ((EventDetail.Send) send.detail()).to());
        assertArrayEquals(new long[] {2, 0, 0}, send.vc());

        LogEvent receive = LogLineFormat.parse(CONTRACT[3]);
        assertEquals(new EventDetail.Receive(2, 6), receive.detail());
        assertEquals(1, receive.queue());

        LogEvent start = LogLineFormat.parse(CONTRACT[0]);
        assertEquals(new EventDetail.Start(4, 1.0, 812, 3), start.detail());

        LogEvent stop = LogLineFormat.parse(CONTRACT[4]);
        assertNull(stop.vc());
        assertEquals(412, stop.clock());
    }

    @Test
    void timestampsKeepMicrosecondsAndSixDigits() {
        long micros = Timestamps.parse("2026-11-24T17:23:47.000001Z");
        assertEquals("2026-11-24T17:23:47.000001Z", Timestamps.format(micros));
        assertEquals("1970-01-01T00:00:00.000000Z", Timestamps.format(0));
        assertEquals(Timestamps.parse("2026-11-24T17:23:47.100000Z"), Timestamps.parse("2026-11-24T17:23:47.1Z"));
    }

    @Test
    void theFastTimestampPathAgreesWithInstantParse() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            long micros = (long) (random.nextDouble() * 4_000_000_000_000_000L) - 1_000_000_000_000_000L;
            String text = Timestamps.format(micros);
            java.time.Instant instant = java.time.Instant.parse(text);
            assertEquals(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000, Timestamps.parse(text), text);
            assertEquals(micros, Timestamps.parse(text));
        }
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("2026-02-30T00:00:00.000000Z"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("2026-1x-24T17:23:47.123456Z"));
    }

    @Test
    void fractionalSpeedsStayReadable() throws MalformedLineException {
        String line = CONTRACT[0].replace("speed=1", "speed=2.5");
        assertEquals(line, LogLineFormat.format(LogLineFormat.parse(line)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 vc=1,0,0|missing key 'value'",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=jump clock=1 queue=0 value=7 vc=1,0,0|unknown event 'jump'",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=x queue=0 value=7 vc=1,0,0|clock='x' is not a whole number",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 clock=2 queue=0 value=7 vc=1,0,0|key 'clock' appears twice",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1  event=internal clock=1 queue=0 value=7 vc=1,0,0|two spaces in a row",
        "time=yesterday vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0|time 'yesterday' is not a UTC timestamp",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 to=1 vc=1,0,0|key 'to' does not belong on a internal line",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=-1 queue=0 value=7 vc=1,0,0|clock=-1 is below 0",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=99999999999999999999 queue=0 value=7 vc=1,0,0|is not a whole number",
        "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,,0|not a comma-separated list",
        "just some words|'just' is not key=value",
    })
    void malformedLinesAreRejectedWithAReason(String line, String reason) {
        MalformedLineException e = assertThrows(MalformedLineException.class, () -> LogLineFormat.parse(line));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void emptyTextIsNotAnEvent(String line) {
        assertThrows(MalformedLineException.class, () -> LogLineFormat.parse(line));
    }

    @Test
    void overlongLinesAreRefusedBeforeSplitting() {
        String line = CONTRACT[1] + " x=" + "9".repeat(LogLineFormat.MAX_LINE_LENGTH);
        MalformedLineException e = assertThrows(MalformedLineException.class, () -> LogLineFormat.parse(line));
        assertTrue(e.getMessage().startsWith("line of "), e.getMessage());
    }
}
