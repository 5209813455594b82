package scalemodels.supervisor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.tinylog.Logger;

import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.Secret;

/**
 * Starts VM processes for one run folder and explains, in words a user can act on, those that die on the way.
 */
final class ChildLauncher {
    private final RunFolder folder;
    private final StandbyVms standby;

    /** @param standby warm processes to claim before starting fresh JVMs; null for none */
    ChildLauncher(RunFolder folder, StandbyVms standby) {
        this.folder = folder;
        this.standby = standby;
    }

    /**
     * Claims a warm standby process or starts the child's JVM (its output appended to its console file), and hands
     * it its arguments (a standby) and the secret on stdin.
     */
    void launch(VmChild child, RunSettings settings, int controlPort, Secret secret) throws LaunchException {
        List<String> jvm = ChildCommand.jvm();
        List<String> arguments = ChildCommand.arguments(child.id, settings, controlPort, folder.dir(),
                child.restarting);
        Process warm = standby == null ? null : standby.take(jvm);
        if (warm != null) {
            try {
                handOver(warm, LaunchArguments.encode(arguments) + secret.hex() + "\n");
                child.process = warm;
                Logger.info("launched VM {} in standby process {}", child.id, warm.pid());
                return;
            } catch (IOException e) {
                // It died while waiting: start a fresh one instead.
                warm.destroyForcibly();
                Logger.warn("standby process {} was gone; starting a fresh JVM for VM {}", warm.pid(), child.id);
            }
        }
        List<String> command = new ArrayList<>(jvm);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.vmConsole(child.id).toFile()));
        try {
            child.process = builder.start();
        } catch (IOException e) {
            throw new LaunchException("Cannot start the JVM for VM " + child.id + ": " + describe(e), e);
        }
        try {
            handOver(child.process, secret.hex() + "\n");
        } catch (IOException e) {
            // The JVM died before it read its secret: say how it ended, not how the pipe broke.
            try {
                child.process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new LaunchException("VM " + child.id + " exited while starting (exit code " + exitCode(child) + ")"
                    + consoleTail(child), e);
        }
        Logger.info("launched VM {} as process {}", child.id, child.process.pid());
    }

    /** Writes what a VM reads on its standard input, then closes it: the VM reads nothing more from there. */
    private static void handOver(Process process, String input) throws IOException {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The last lines the child printed or logged, as ": line | line", or nothing. */
    String consoleTail(VmChild child) {
        List<String> lines = new ArrayList<>();
        for (Path file : List.of(folder.vmConsole(child.id), folder.vmDiagnostics(child.id))) {
            try {
                if (Files.exists(file)) {
                    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                    lines.addAll(all.subList(Math.max(0, all.size() - 3), all.size()));
                }
            } catch (IOException e) {
                // the tail is a courtesy; the exit code already says it failed
            }
        }
        return lines.isEmpty() ? "" : ": " + String.join(" | ", lines);
    }

    static String exitCode(VmChild child) {
        try {
            return Integer.toString(child.process.exitValue());
        } catch (IllegalThreadStateException e) {
            return "unknown";
        }
    }

    /** A JVM that printed nothing leaves no empty file behind to puzzle over. */
    static void deleteIfEmpty(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            Logger.debug("could not tidy {}: {}", file, e.getMessage());
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
