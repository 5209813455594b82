package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import scalemodels.model.Message;

/** Greetings and messages survive their lines; anything else fails only with MalformedMessageException. */
class PeerCodecTest {
    @Test
    void greetingsAndMessagesRoundTrip() throws Exception {
        String secret = Secret.generate().hex();
        PeerCodec.Greeting greeting = new PeerCodec.Greeting(secret, 4);
        assertEquals("PEER " + secret + " 4", PeerCodec.encode(greeting));
        assertEquals(greeting, PeerCodec.decodeGreeting(PeerCodec.encode(greeting)));
        Message message = new Message(2, 17, new long[] {3, 0, 17, Long.MAX_VALUE});
        assertEquals("M 17 3,0,17," + Long.MAX_VALUE, PeerCodec.encode(message));
        Message back = PeerCodec.decode(PeerCodec.encode(message), 2, 4);
        assertEquals(2, back.from());
        assertEquals(17, back.clock());
        assertArrayEquals(message.vector(), back.vector());
    }

    @Test
    void malformedLinesAreRefused() {
        for (String line : List.of("", "M", "M 1", "M 1 1,2", "M 1 1,2,3,4", "M -1 1,2,3", "M 1 1,,3", "M x 1,2,3",
                "N 1 1,2,3", "M 1 1,2,3 4")) {
            assertThrows(MalformedMessageException.class, () -> PeerCodec.decode(line, 0, 3), line);
        }
        for (String line : List.of("", "PEER", "PEER abc", "PEER xyz 1", "PEER abc -1", "PEER abc 1 2", "M 1 2")) {
            assertThrows(MalformedMessageException.class, () -> PeerCodec.decodeGreeting(line), line);
        }
    }

    @Test
    void fuzzedLinesFailOnlyAsMalformed() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "MPER 0123456789,-abcdef";
        List<String> valid = List.of("M 5 1,2,5", "PEER abcdef 1", "M 0 0,0,0");
        int decoded = 0;
        for (int i = 0; i < 50_000; i++) {
            String line = i % 2 == 0 ? ControlCodecTest.mutate(valid.get(random.nextInt(valid.size())), random,
                    alphabet) : ControlCodecTest.garbage(random, alphabet);
            try {
                Message m = PeerCodec.decode(line, 1, 3);
                assertEquals(PeerCodec.encode(m), PeerCodec.encode(PeerCodec.decode(PeerCodec.encode(m), 1, 3)));
                decoded++;
            } catch (MalformedMessageException expected) {
                assertTrue(expected.getMessage() != null);
            }
            try {
                PeerCodec.Greeting g = PeerCodec.decodeGreeting(line);
                assertEquals(g, PeerCodec.decodeGreeting(PeerCodec.encode(g)));
                decoded++;
            } catch (MalformedMessageException expected) {
                assertTrue(expected.getMessage() != null);
            }
        }
        assertTrue(decoded > 500, "the fuzzing also reaches lines that decode: " + decoded);
    }
}
