package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lines that mesh standby processes read back as written, and nothing else reads as one of them. */
class MeshStagingTest {
    private static final Secret SECRET = Secret.generate();

    @Test
    void eachLineReadsBackAsWritten() {
        MeshStaging.Join join = MeshStaging.readJoin(MeshStaging.join(new MeshStaging.Join(2, 16, SECRET)));
        assertEquals(2, join.vm());
        assertEquals(16, join.vms());
        assertTrue(join.secret().matches(SECRET.hex()));
        assertArrayEquals(new int[] {40001, 40002, 65535}, MeshStaging.readPeers(
                MeshStaging.peers(new int[] {40001, 40002, 65535}), 3));
        assertEquals(40001, MeshStaging.readListening(MeshStaging.listening(40001)));
        assertTrue(MeshStaging.isMeshed(MeshStaging.meshed()));
        assertTrue(MeshStaging.isUnmeshed(MeshStaging.unmeshed("a reason\nover two lines")));
        assertFalse(MeshStaging.isMeshed(MeshStaging.unmeshed("why")));
        assertTrue(MeshStaging.isLeave(MeshStaging.leave()));
        assertNull(MeshStaging.readJoin(MeshStaging.leave()));
        assertNull(MeshStaging.readPeers(MeshStaging.leave(), 3));
    }

    @Test
    void aClaimOrAnythingMalformedIsNoStagingLine() {
        // A run's claim comes as URL-encoded arguments, one per line (never a space): it may come instead of any line.
        for (String line : List.of("--id", "3", "", "join", "join 3 16", "join 16 16 " + SECRET.hex(),
                "join 0 1 " + SECRET.hex(), "join -1 3 " + SECRET.hex(), "join 0 3 not-hex", "join x 3 " + SECRET.hex(),
                "join 0 3 " + SECRET.hex() + " more")) {
            assertNull(MeshStaging.readJoin(line), line);
        }
        for (String line : List.of("peers 1 2", "peers 1 2 3 4", "peers 1 0 3", "peers 1 2 70000", "peers a b c",
                "peers  1 2", "--id")) {
            assertNull(MeshStaging.readPeers(line, 3), line);
        }
        for (String line : List.of("listening", "listening x", "listening 1 2", "standby-warm", "meshed")) {
            assertEquals(-1, MeshStaging.readListening(line), line);
        }
        assertNull(MeshStaging.readJoin(null));
        assertNull(MeshStaging.readPeers(null, 3));
    }
}
