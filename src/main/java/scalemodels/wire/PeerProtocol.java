package scalemodels.wire;

import scalemodels.model.Message;

/**
 * The words spoken between two VMs, one connection per direction so that each channel is FIFO by TCP.
 * First {@code PEER secret fromVm}, then one {@code M clock v0,v1,...} line per message.
 */
public final class PeerProtocol {
    public static final String PEER = "PEER";
    public static final String MESSAGE = "M";

    private PeerProtocol() {
    }

    public static String greeting(Secret secret, int fromVm) {
        return PEER + " " + secret.hex() + " " + fromVm;
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
     * @throws IllegalArgumentException when the line is not a message
     */
    public static Message decode(String line, int from, int vms) {
        String[] words = line.split(" ", -1);
        if (words.length != 3 || !MESSAGE.equals(words[0])) {
            throw new IllegalArgumentException("not a message line");
        }
        String[] entries = words[2].split(",", -1);
        if (entries.length != vms) {
            throw new IllegalArgumentException("vector of " + entries.length + " entries, expected " + vms);
        }
        long[] vector = new long[vms];
        for (int i = 0; i < vms; i++) {
            vector[i] = nonNegative(entries[i]);
        }
        return new Message(from, nonNegative(words[1]), vector);
    }

    private static long nonNegative(String text) {
        long value = Long.parseLong(text);
        if (value < 0) {
            throw new IllegalArgumentException("negative clock " + value);
        }
        return value;
    }
}
