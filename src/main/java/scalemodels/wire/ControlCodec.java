package scalemodels.wire;

import java.util.Arrays;
import java.util.stream.Collectors;

import scalemodels.event.FaultKind;

/**
 * The control connection's one codec: each message as one line of words separated by single spaces, and back.
 *
 * <pre>
 * VM to supervisor             supervisor to VM
 * HELLO secret vm port rate    PEERS port0,port1,...                 (0: that VM is down)
 * READY                        GO startEpochMicros endEpochMicros    (end 0: until STOP)
 * E event-line                 STOP
 * BYE                          PAUSE, RESUME
 * FAIL sentence                FAULT to drop|delay|clear delayMillis forMillis   (for 0: until cleared)
 *                              PEER id port   (a restarted VM is back on this port)
 * </pre>
 *
 * An {@code E} or {@code FAIL} line's rest is one text; every other line has a fixed number of words. Decoding is
 * strict (exact word counts, numbers in range) and fails only with {@link MalformedMessageException}.
 */
public final class ControlCodec {
    private static final String HELLO = "HELLO";
    private static final String READY = "READY";
    private static final String EVENT = "E";
    private static final String BYE = "BYE";
    private static final String FAIL = "FAIL";
    private static final String PEERS = "PEERS";
    private static final String GO = "GO";
    private static final String STOP = "STOP";
    private static final String PAUSE = "PAUSE";
    private static final String RESUME = "RESUME";
    private static final String FAULT = "FAULT";
    private static final String PEER = "PEER";

    private static final ToVm.Visitor<String> TO_VM_LINE = new ToVm.Visitor<>() {
        @Override
        public String peers(ToVm.Peers peers) {
            return PEERS + " " + Arrays.stream(peers.ports()).mapToObj(Integer::toString)
                    .collect(Collectors.joining(","));
        }

        @Override
        public String go(ToVm.Go go) {
            return GO + " " + go.startEpochMicros() + " " + go.endEpochMicros();
        }

        @Override
        public String stop(ToVm.Stop stop) {
            return STOP;
        }

        @Override
        public String pause(ToVm.Pause pause) {
            return PAUSE;
        }

        @Override
        public String resume(ToVm.Resume resume) {
            return RESUME;
        }

        @Override
        public String fault(ToVm.Fault fault) {
            return FAULT + " " + fault.to() + " " + fault.kind().word() + " " + fault.delayMillis() + " "
                    + fault.forMillis();
        }

        @Override
        public String peerBack(ToVm.PeerBack peerBack) {
            return PEER + " " + peerBack.vm() + " " + peerBack.port();
        }
    };

    private static final ToSupervisor.Visitor<String> TO_SUPERVISOR_LINE = new ToSupervisor.Visitor<>() {
        @Override
        public String hello(ToSupervisor.Hello hello) {
            return HELLO + " " + hello.secretHex() + " " + hello.vm() + " " + hello.peerPort() + " " + hello.rate();
        }

        @Override
        public String ready(ToSupervisor.Ready ready) {
            return READY;
        }

        @Override
        public String event(ToSupervisor.Event event) {
            if (event.logLine().indexOf('\n') >= 0 || event.logLine().indexOf('\r') >= 0) {
                throw new IllegalArgumentException("an event line has no line breaks");
            }
            return EVENT + " " + event.logLine();
        }

        @Override
        public String bye(ToSupervisor.Bye bye) {
            return BYE;
        }

        @Override
        public String fail(ToSupervisor.Fail fail) {
            return FAIL + " " + fail.sentence().replaceAll("[\\r\\n]+", " ");
        }
    };

    private ControlCodec() {
    }

    public static String encode(ToVm message) {
        return message.accept(TO_VM_LINE);
    }

    /** The line; a {@code FAIL} sentence's line breaks become spaces. */
    public static String encode(ToSupervisor message) {
        return message.accept(TO_SUPERVISOR_LINE);
    }

    public static ToVm decodeToVm(String line) throws MalformedMessageException {
        String[] words = line.split(" ", -1);
        return switch (words[0]) {
            case PEERS -> new ToVm.Peers(ports(exactly(words, 2)[1]));
            case GO -> new ToVm.Go(nonNegative(exactly(words, 3)[1]), nonNegative(words[2]));
            case STOP -> bare(words, new ToVm.Stop());
            case PAUSE -> bare(words, new ToVm.Pause());
            case RESUME -> bare(words, new ToVm.Resume());
            case FAULT -> new ToVm.Fault(vm(exactly(words, 5)[1]), faultKind(words[2]), nonNegative(words[3]),
                    nonNegative(words[4]));
            case PEER -> new ToVm.PeerBack(vm(exactly(words, 3)[1]), port(words[2]));
            default -> throw unknown(words[0]);
        };
    }

    public static ToSupervisor decodeToSupervisor(String line) throws MalformedMessageException {
        int space = line.indexOf(' ');
        String first = space < 0 ? line : line.substring(0, space);
        if (first.equals(EVENT) || first.equals(FAIL)) {
            if (space < 0) {
                throw new MalformedMessageException(first + " without its text");
            }
            String rest = line.substring(space + 1);
            return first.equals(EVENT) ? new ToSupervisor.Event(rest) : new ToSupervisor.Fail(rest);
        }
        String[] words = line.split(" ", -1);
        return switch (first) {
            case HELLO -> new ToSupervisor.Hello(Words.secret(exactly(words, 5)[1]), vm(words[2]), port(words[3]),
                    positive(words[4]));
            case READY -> bare(words, new ToSupervisor.Ready());
            case BYE -> bare(words, new ToSupervisor.Bye());
            default -> throw unknown(first);
        };
    }

    private static String[] exactly(String[] words, int count) throws MalformedMessageException {
        if (words.length != count) {
            throw new MalformedMessageException(words[0] + " takes " + (count - 1) + " words, not "
                    + (words.length - 1));
        }
        return words;
    }

    private static <T> T bare(String[] words, T message) throws MalformedMessageException {
        exactly(words, 1);
        return message;
    }

    private static MalformedMessageException unknown(String word) {
        String shown = word.length() > 20 ? word.substring(0, 20) + "..." : word;
        return new MalformedMessageException("unknown control message '" + shown + "'");
    }

    private static int[] ports(String list) throws MalformedMessageException {
        String[] parts = list.split(",", -1);
        int[] ports = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ports[i] = (int) Words.number(parts[i], 0, 65535, "port");
        }
        return ports;
    }

    private static int vm(String word) throws MalformedMessageException {
        return (int) Words.number(word, 0, Integer.MAX_VALUE, "VM id");
    }

    private static int port(String word) throws MalformedMessageException {
        return (int) Words.number(word, 1, 65535, "port");
    }

    private static int positive(String word) throws MalformedMessageException {
        return (int) Words.number(word, 1, Integer.MAX_VALUE, "rate");
    }

    private static long nonNegative(String word) throws MalformedMessageException {
        return Words.number(word, 0, Long.MAX_VALUE, "number");
    }

    private static FaultKind faultKind(String word) throws MalformedMessageException {
        try {
            return FaultKind.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException(e.getMessage());
        }
    }
}
