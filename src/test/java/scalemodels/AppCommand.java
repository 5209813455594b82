package scalemodels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The app's command line as a user starts it, for a JVM of its own: this JVM's java and class path, {@link Main}. */
public final class AppCommand {
    private AppCommand() {
    }

    /** {@code java [jvmOptions] -cp <this class path> scalemodels.Main [args]}. */
    public static List<String> of(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java -cp <this class path> scalemodels.Main [args]}. */
    public static List<String> of(String... args) {
        return of(List.of(), args);
    }
}
