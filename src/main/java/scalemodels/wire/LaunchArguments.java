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
    /** The one argument a standby VM process is started with. */
    public static final String STANDBY = "--standby";
    /** The line a standby prints on its standard output once it has warmed up and waits. */
    public static final String WARM = "standby-warm";

    private LaunchArguments() {
    }

    /** A standby process's arguments. */
    public static List<String> standby() {
        return List.of(STANDBY);
    }

    /** Whether a process was started as a standby ({@link #standby}). */
    public static boolean isStandby(String[] args) {
        return List.of(args).equals(standby());
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
        return read(in.readLine(), in);
    }

    /** As {@link #read(BufferedReader)} when its first line has been read already (to tell it from another kind). */
    public static String[] read(String first, BufferedReader in) throws IOException {
        List<String> arguments = new ArrayList<>();
        for (String line = first; line != null; line = in.readLine()) {
            if (line.isEmpty()) {
                return arguments.toArray(String[]::new);
            }
            arguments.add(URLDecoder.decode(line, StandardCharsets.UTF_8));
        }
        return null;
    }
}
