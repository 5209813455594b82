package scalemodels;

import java.io.PrintWriter;

import picocli.CommandLine;
import scalemodels.cli.NumberConverters;
import scalemodels.cli.ScaleModelsCommand;
import scalemodels.cli.UsageException;
import scalemodels.model.Invocation;

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
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * As {@link #execute(String...)}, printing to {@code out} and {@code err} (every command prints through them,
     * picocli's writers, never to System.out directly: tests capture them without touching the JVM's streams).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ScaleModelsCommand()).setCommandName(Invocation.command());
        NumberConverters.register(commandLine);
        commandLine.setOut(out).setErr(err);
        commandLine.setParameterExceptionHandler((e, ignored) -> usageError(err, e.getMessage()));
        commandLine.setExecutionExceptionHandler((e, cmd, result) -> {
            if (e instanceof UsageException) {
                return usageError(err, e.getMessage());
            }
            throw e;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("error: " + message + " (see " + Invocation.command() + " --help)");
        return CommandLine.ExitCode.USAGE;
    }
}
