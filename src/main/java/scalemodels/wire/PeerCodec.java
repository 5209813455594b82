package scalemodels.wire;

import scalemodels.model.Message;

/**
 * The peer connection's one codec. One connection per direction, so that each channel is FIFO by TCP: first a
 * {@link Greeting} ({@code PEER secret fromVm}), then one {@code M clock v0,v1,...} line per message. Decoding is
 * strict and fails only with {@link MalformedMessageException}.
 */
public final class PeerCodec {
    private static final String PEER = "PEER";
    private static final String MESSAGE = "M";

    /** The first line on a peer connection: the run secret (hex) and the sending VM. */
    public record Greeting(String secretHex, int fromVm) {
        @Override
        public String toString() {
            return "Greeting[fromVm=" + fromVm + "]"; // never the secret
        }
    }

    private PeerCodec() {
    }

    public static String encode(Greeting greeting) {
        return PEER + " " + greeting.secretHex() + " " + greeting.fromVm();
    }

    public static Greeting decodeGreeting(String line) throws MalformedMessageException {
        String[] words = line.split(" ", -1);
        if (words.length != 3 || !PEER.equals(words[0])) {
            throw new MalformedMessageException("not a peer greeting");
        }
        if (words[1].isEmpty() || !words[1].chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new MalformedMessageException("the secret is not hexadecimal");
        }
        return new Greeting(words[1], (int) nonNegative(words[2], Integer.MAX_VALUE));
    }

    public static String encode(Message message) {
        StringBuilder out = new StringBuilder(32).append(MESSAGE).append(' ').append(message.clock()).append(' ');
        long[] v = message.vector();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(v[i]);
        }
        return out.toString();
    }

    /**
     * @param from the sender, known from the connection's greeting
     * @param vms  how many entries the vector must have
     */
    public static Message decode(String line, int from, int vms) throws MalformedMessageException {
        String[] words = line.split(" ", -1);
        if (words.length != 3 || !MESSAGE.equals(words[0])) {
            throw new MalformedMessageException("not a message line");
        }
        String[] entries = words[2].split(",", -1);
        if (entries.length != vms) {
            throw new MalformedMessageException("vector of " + entries.length + " entries, expected " + vms);
        }
        long[] vector = new long[vms];
        for (int i = 0; i < vms; i++) {
            vector[i] = nonNegative(entries[i], Long.MAX_VALUE);
        }
        return new Message(from, nonNegative(words[1], Long.MAX_VALUE), vector);
    }

    private static long nonNegative(String text, long max) throws MalformedMessageException {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MalformedMessageException("'" + text + "' is not a number");
        }
        if (value < 0 || value > max) {
            throw new MalformedMessageException(value + " is out of range");
        }
        return value;
    }
}
