package scalemodels.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The per-run secret every control and peer connection must present first: 256 random bits as hex.
 * It travels to the children on their standard input, never on a command line or in a log.
 */
public final class Secret {
    private final String hex;

    /** Only the supervisor makes secrets: a VM, which only reads one, never pays for seeding a generator. */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private Secret(String hex) {
        this.hex = hex;
    }

    public static Secret generate() {
        byte[] bytes = new byte[32];
        Random.SOURCE.nextBytes(bytes);
        return new Secret(HexFormat.of().formatHex(bytes));
    }

    /** The secret as read from a child's standard input. */
    public static Secret of(String hex) {
        if (!Words.isHex(hex) || hex.length() < 32) {
            throw new IllegalArgumentException("not a run secret");
        }
        return new Secret(hex);
    }

    public String hex() {
        return hex;
    }

    /** Constant-time, so that a stranger cannot guess the secret byte by byte from response times. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
