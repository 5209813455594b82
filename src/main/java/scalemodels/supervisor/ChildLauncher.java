package scalemodels.supervisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.tinylog.Logger;

import scalemodels.launch.LaunchException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.wire.Secret;
import scalemodels.wire.VmArguments;

/**
 * Starts VM processes for one run folder and explains, in words a user can act on, those that die on the way.
 */
final class ChildLauncher {
    private final RunFolder folder;
    private final VmPlacement placement;
    private final Secret secret;

    /** Asks the placement for the run's secret: processes it prepared for the run may share one already. */
    ChildLauncher(RunFolder folder, VmPlacement placement, int vms) {
        this.folder = folder;
        this.placement = placement;
        this.secret = placement.runSecret(vms);
    }

    /** What every control and peer connection of the run must present. */
    Secret secret() {
        return secret;
    }

    /** Every VM of the run's start has been launched: what the placement prepared and no VM took goes. */
    void startsDone() {
        placement.startsDone();
    }

    /** Starts the child's process where the placement puts it, with its arguments and the secret. */
    void launch(VmChild child, RunSettings settings, int controlPort) throws LaunchException {
        List<String> arguments = new VmArguments(child.id, settings, controlPort, folder.dir(), child.restarting)
                .encode();
        try {
            child.process = placement.start(child.id, arguments, folder.vmConsole(child.id), secret);
        } catch (IOException e) {
            throw new LaunchException("Cannot start the JVM for VM " + child.id + ": " + describe(e), e);
        }
        if (!child.process.isAlive()) {
            try {
                child.process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new LaunchException("VM " + child.id + " exited while starting (exit code " + exitCode(child) + ")"
                    + consoleTail(child));
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
