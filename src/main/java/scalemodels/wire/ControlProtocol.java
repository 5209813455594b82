package scalemodels.wire;

import java.util.Arrays;
import java.util.stream.Collectors;

import scalemodels.event.FaultKind;

/**
 * The words spoken on the control connection between the supervisor and each VM.
 *
 * <pre>
 * VM to supervisor             supervisor to VM
 * HELLO secret vm port rate    PEERS port0,port1,...
 * READY                        GO startEpochMicros endEpochMicros   (end 0: until STOP)
 * E event-line                 STOP
 * BYE                          PAUSE, RESUME
 * FAIL sentence                (the VM cannot go on: its log cannot be written)
 *                              FAULT to drop|delay|clear delayMillis forMillis   (for 0: until cleared)
 *                              PEER id port   (a restarted VM is back on this port)
 * </pre>
 */
public final class ControlProtocol {
    public static final String HELLO = "HELLO";
    public static final String READY = "READY";
    public static final String EVENT = "E";
    public static final String BYE = "BYE";
    public static final String FAIL = "FAIL";
    public static final String PEERS = "PEERS";
    public static final String GO = "GO";
    public static final String STOP = "STOP";
    public static final String PAUSE = "PAUSE";
    public static final String RESUME = "RESUME";
    public static final String FAULT = "FAULT";
    public static final String PEER = "PEER";

    private ControlProtocol() {
    }

    public static String hello(Secret secret, int vm, int peerPort, int rate) {
        return HELLO + " " + secret.hex() + " " + vm + " " + peerPort + " " + rate;
    }

    public static String peers(int[] ports) {
        return PEERS + " " + Arrays.stream(ports).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public static String go(long startEpochMicros, long endEpochMicros) {
        return GO + " " + startEpochMicros + " " + endEpochMicros;
    }

    public static String fault(int to, FaultKind kind, long delayMillis, long forMillis) {
        return FAULT + " " + to + " " + kind.word() + " " + delayMillis + " " + forMillis;
    }

    public static String peer(int id, int port) {
        return PEER + " " + id + " " + port;
    }

    /** Why a VM gives up, as one line (line breaks in the reason become spaces). */
    public static String fail(String sentence) {
        return FAIL + " " + sentence.replaceAll("[\\r\\n]+", " ");
    }

    public static String event(String eventLine) {
        return EVENT + " " + eventLine;
    }

    /** The words of a line; a line is always split on single spaces except an E line, whose rest is one event. */
    public static String[] words(String line) {
        if (line.startsWith(EVENT + " ")) {
            return new String[] {EVENT, line.substring(2)};
        }
        if (line.startsWith(FAIL + " ")) {
            return new String[] {FAIL, line.substring(FAIL.length() + 1)};
        }
        return line.split(" ", -1);
    }
}
