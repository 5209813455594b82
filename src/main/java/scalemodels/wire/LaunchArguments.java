package scalemodels.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a warm standby VM process gets its command-line arguments once a run claims it: on standard input, one
 * URL-encoded argument per line (so a path with any character stays one line of ASCII), then an empty line. The run
 * secret follows on the next line, as for a freshly launched VM.
 */
public final class LaunchArguments {
    /** The argument a standby VM process is started with ({@link #standby} makes the whole list). */
    public static final String STANDBY = "--standby";
    /**
     * After {@link #STANDBY}: warm up everything but the peer channels. Such a standby costs about half the CPU (no
     * 120 channels opened and closed) and its run's start takes longer with many VMs: for pools that serve throughput
     * (many runs one after another, as in the tests) rather than the latency of Start.
     */
    public static final String WITHOUT_PEER_WARM_UP = "--without-peer-warm-up";
    /** The line a standby prints on its standard output once it has warmed up and waits. */
    public static final String WARM = "standby-warm";

    private LaunchArguments() {
    }

    /** A standby process's arguments: {@link #STANDBY}, and {@link #WITHOUT_PEER_WARM_UP} unless it warms them up. */
    public static List<String> standby(boolean peerWarmUp) {
        return peerWarmUp ? List.of(STANDBY) : List.of(STANDBY, WITHOUT_PEER_WARM_UP);
    }

    /** Whether a process was started as a standby ({@link #standby}), with or without the peer warm-up. */
    public static boolean isStandby(String[] args) {
        return warmsUpPeers(args) || List.of(args).equals(standby(false));
    }

    /** Whether a process was started as a standby that warms up its peer channels too. */
    public static boolean warmsUpPeers(String[] args) {
        return List.of(args).equals(standby(true));
    }

    public static String encode(List<String> arguments) {
        StringBuilder out = new StringBuilder();
        for (String argument : arguments) {
            out.append(URLEncoder.encode(argument, StandardCharsets.UTF_8)).append('\n');
        }
        return out.append('\n').toString();
    }

    /** The arguments, or null when standard input ended first (the app let the standby process go). */
    public static String[] read(BufferedReader in) throws IOException {
        List<String> arguments = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isEmpty()) {
                return arguments.toArray(String[]::new);
            }
            arguments.add(URLDecoder.decode(line, StandardCharsets.UTF_8));
        }
        return null;
    }
}
