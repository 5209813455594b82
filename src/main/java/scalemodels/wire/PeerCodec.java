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
        return new Greeting(Words.secret(words[1]), (int) Words.number(words[2], 0, Integer.MAX_VALUE, "VM id"));
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
            vector[i] = Words.number(entries[i], 0, Long.MAX_VALUE, "vector entry");
        }
        return new Message(from, Words.number(words[1], 0, Long.MAX_VALUE, "clock"), vector);
    }
}
