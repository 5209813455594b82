package scalemodels;

import picocli.CommandLine;
import scalemodels.cli.NumberConverters;
import scalemodels.cli.ScaleModelsCommand;
import scalemodels.cli.UsageException;

/** Entry point of {@code ./run.sh}. Loads no JavaFX unless the window is asked for. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Charts are drawn with AWT off screen (JFreeChart); never ask for a display for that.
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; bad input prints one line and gives 2. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new ScaleModelsCommand());
        NumberConverters.register(commandLine);
        commandLine.setParameterExceptionHandler((e, ignored) -> usageError(e.getMessage()));
        commandLine.setExecutionExceptionHandler((e, cmd, result) -> {
            if (e instanceof UsageException) {
                return usageError(e.getMessage());
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    private static int usageError(String message) {
        System.err.println("error: " + message + " (see ./run.sh --help)");
        return CommandLine.ExitCode.USAGE;
    }
}
