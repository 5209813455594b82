package scalemodels.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventDetail;
import scalemodels.event.FaultKind;
import scalemodels.event.LogEvent;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.ToVm;

/** Every fault kind survives the log line and the control line; an unknown word is refused by name. */
class FaultKindTest {
    @Test
    void everyKindRoundTripsThroughALogLineAndTheControlProtocol() throws Exception {
        for (FaultKind kind : FaultKind.values()) {
            long delay = kind == FaultKind.DELAY ? 500 : 0;
            long duration = kind == FaultKind.CLEAR ? 0 : 5000;
            LogEvent event = new LogEvent(1_000_000, 0, 3, 4, 0, new EventDetail.Fault(kind, 2, delay, duration), null);
            LogEvent back = LogLineFormat.parse(LogLineFormat.format(event));
            assertEquals(event.detail(), back.detail(), kind.word());
            ToVm.Fault fault = new ToVm.Fault(2, kind, delay, duration);
            assertEquals(fault, ControlCodec.decodeToVm(ControlCodec.encode(fault)));
        }
    }

    @Test
    void anUnknownFaultWordIsRefusedNamingTheWordsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultKind.fromWord("burn"));
        assertEquals("fault 'burn' is none of drop, delay, clear", e.getMessage());
        MalformedLineException line = assertThrows(MalformedLineException.class, () -> LogLineFormat.parse(
                "time=2026-11-24T17:23:47.123456Z vm=0 tick=3 event=fault clock=4 queue=0 fault=burn to=1 for_ms=0"));
        assertTrue(line.getMessage().contains("fault 'burn' is none of drop, delay, clear"), line.getMessage());
    }
}
