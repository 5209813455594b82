package scalemodels.model;

/**
 * How the user started this app, for the lines that tell them what to type next (help, errors, a run's rerun line):
 * {@code ./run.sh} in the project; the plain copy's {@code bin/scale-models} as they typed it (its script passes it as
 * {@value #COMMAND_PROPERTY}); the app image's or installed package's launcher, which jpackage's launcher names in
 * {@value #JPACKAGE_PATH}. Quoted for a shell where the path needs it, so that the line can be pasted as it is.
 */
public final class Invocation {
    /** Set by the plain copy's launcher script ({@code ./run.sh dist}) to the path it was started as. */
    public static final String COMMAND_PROPERTY = "scalemodels.command";
    /** Set by every jpackage launcher to its own path. */
    static final String JPACKAGE_PATH = "jpackage.app-path";
    private static final String PROJECT = "./run.sh";

    private Invocation() {
    }

    /** What to type to start this app again, e.g. before {@code --help}. */
    public static String command() {
        return command(System.getProperty(JPACKAGE_PATH), System.getProperty(COMMAND_PROPERTY));
    }

    /**
     * Whether this is the installed form, the app image (alone or from the Debian package): started by jpackage's
     * launcher, typically from a menu in no particular folder.
     */
    public static boolean installed() {
        return given(System.getProperty(JPACKAGE_PATH));
    }

    /** {@link #command()} from the two launchers' paths (null: not started by that one). */
    static String command(String jpackageLauncher, String copyLauncher) {
        if (given(jpackageLauncher)) {
            return quoted(jpackageLauncher);
        }
        return given(copyLauncher) ? quoted(copyLauncher) : PROJECT;
    }

    /** Whether a launcher set its property to a path. */
    private static boolean given(String path) {
        return path != null && !path.isBlank();
    }

    /** The path as a shell word: as it is when it holds only plain characters, else in single quotes. */
    private static String quoted(String path) {
        if (path.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-+,:@".indexOf(c) >= 0))) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
