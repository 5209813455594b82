package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import scalemodels.event.FaultKind;

/** Every control message survives its line; malformed lines fail only with MalformedMessageException. */
class ControlCodecTest {
    private static final String SECRET = Secret.generate().hex();

    static List<ToVm> everyToVm() {
        List<ToVm> all = new ArrayList<>(List.of(new ToVm.Peers(new int[] {40001, 0, 65535}),
                new ToVm.Go(1_764_700_000_000_000L, 0), new ToVm.Go(5, 6), new ToVm.Stop(), new ToVm.Pause(),
                new ToVm.Resume(), new ToVm.PeerBack(2, 41234)));
        for (FaultKind kind : FaultKind.values()) {
            all.add(new ToVm.Fault(1, kind, kind == FaultKind.DELAY ? 300 : 0, 1500));
        }
        return all;
    }

    static List<ToSupervisor> everyToSupervisor() {
        return List.of(new ToSupervisor.Hello(SECRET, 3, 40000, 6), new ToSupervisor.Ready(),
                new ToSupervisor.Event("time=2026-12-02T19:00:00.000001Z vm=0 tick=1 event=internal clock=1 queue=0"),
                new ToSupervisor.Event(""), new ToSupervisor.Bye(),
                new ToSupervisor.Fail("VM 1 stopped: cannot write vm_1.log: No space left on device"));
    }

    @Test
    void everyMessageRoundTripsThroughItsLine() throws Exception {
        for (ToVm message : everyToVm()) {
            assertEquals(message, ControlCodec.decodeToVm(ControlCodec.encode(message)), message.toString());
        }
        for (ToSupervisor message : everyToSupervisor()) {
            assertEquals(message, ControlCodec.decodeToSupervisor(ControlCodec.encode(message)), message.toString());
        }
    }

    @Test
    void theLinesAreTheDocumentedWords() {
        assertEquals("PEERS 1,2,3", ControlCodec.encode(new ToVm.Peers(new int[] {1, 2, 3})));
        assertEquals("GO 10 0", ControlCodec.encode(new ToVm.Go(10, 0)));
        assertEquals("FAULT 2 delay 300 0", ControlCodec.encode(new ToVm.Fault(2, FaultKind.DELAY, 300, 0)));
        assertEquals("PEER 1 4000", ControlCodec.encode(new ToVm.PeerBack(1, 4000)));
        assertEquals("HELLO " + SECRET + " 0 4000 5",
                ControlCodec.encode(new ToSupervisor.Hello(SECRET, 0, 4000, 5)));
        assertEquals("FAIL disk full now", ControlCodec.encode(new ToSupervisor.Fail("disk\nfull\r\nnow")),
                "a reason stays one line");
    }

    @Test
    void malformedLinesAreRefusedWithAReason() {
        for (String line : List.of("", " ", "PEERS", "PEERS 1,,2", "PEERS 1,x", "PEERS 70000", "GO 1", "GO 1 2 3",
                "GO -1 0", "STOP now", "FAULT 1 burn 0 0", "FAULT 1 drop 0", "FAULT -1 drop 0 0", "PEER 1 0",
                "PEER 1", "HELLO", "go 1 2", "NOPE", "GO 99999999999999999999 0")) {
            assertThrows(MalformedMessageException.class, () -> ControlCodec.decodeToVm(line), line);
        }
        for (String line : List.of("", "HELLO", "HELLO zz 0 1 1", "HELLO " + SECRET + " 0 1 0",
                "HELLO " + SECRET + " 0 0 1", "HELLO " + SECRET + " -1 1 1", "READY now", "E", "FAIL", "BYE 1",
                "EVENT x")) {
            assertThrows(MalformedMessageException.class, () -> ControlCodec.decodeToSupervisor(line), line);
        }
    }

    @Test
    void randomAndMutatedLinesFailOnlyAsMalformedAndWhatDecodesReencodesToItself() {
        SplittableRandom random = new SplittableRandom(20261202);
        List<String> valid = new ArrayList<>();
        everyToVm().forEach(m -> valid.add(ControlCodec.encode(m)));
        everyToSupervisor().forEach(m -> valid.add(ControlCodec.encode(m)));
        String alphabet = "PEARSGOTUMFLHYDBIE 0123456789,-+x\t\u00e9";
        int decoded = 0;
        for (int i = 0; i < 50_000; i++) {
            String line = i % 2 == 0 ? mutate(valid.get(random.nextInt(valid.size())), random, alphabet)
                    : garbage(random, alphabet);
            try {
                ToVm message = ControlCodec.decodeToVm(line);
                assertEquals(message, ControlCodec.decodeToVm(ControlCodec.encode(message)), line);
                decoded++;
            } catch (MalformedMessageException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            }
            try {
                ToSupervisor message = ControlCodec.decodeToSupervisor(line);
                assertEquals(message, ControlCodec.decodeToSupervisor(ControlCodec.encode(message)), line);
                decoded++;
            } catch (MalformedMessageException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            }
        }
        assertTrue(decoded > 1000, "the fuzzing also reaches lines that decode: " + decoded);
    }

    static String mutate(String line, SplittableRandom random, String alphabet) {
        StringBuilder out = new StringBuilder(line);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, c);
                case 1 -> {
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < out.length()) {
                        out.setCharAt(at, c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String garbage(SplittableRandom random, String alphabet) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
