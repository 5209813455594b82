package scalemodels.vm;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.tinylog.Logger;
import org.tinylog.provider.ProviderRegistry;

import scalemodels.diag.Diagnostics;
import scalemodels.log.RunFolder;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.MeshStaging;
import scalemodels.wire.Secret;
import scalemodels.wire.VmArguments;

/**
 * Entry point of one VM process, started by the supervisor (never by hand) with {@link VmArguments}. The run secret
 * arrives as the first line of standard input so that it never shows on a command line. Never loads JavaFX.
 *
 * <p>Started with {@code --standby}, the process boots, warms up and waits: the app keeps such warm processes so that
 * pressing Start does not wait for JVMs to boot, and meshes them with each other ({@link MeshStaging}) so that it does
 * not wait for their peer channels either. A run claims one by writing its arguments to standard input
 * ({@link LaunchArguments}); it then runs exactly as if started with them, on the channels opened for it. When
 * standard input ends first, it exits.
 *
 * <p>Exit codes: 0 the run ended, 2 bad arguments or settings (said on standard error), others as {@link VmRuntime}.
 */
public final class VmMain {
    static final int BAD_ARGUMENTS = 2;

    private VmMain() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        Standby standby = null;
        if (LaunchArguments.isStandby(args)) {
            Path diagnostics = standbyDiagnostics();
            // The warm-up's rehearsal logs: not without diagnostics of its own, which would freeze tinylog's
            // configuration before the run's file is known.
            WarmUp.run(() -> diagnostics == null || claimed(stdin));
            say(LaunchArguments.WARM);
            String line = next(stdin);
            StagedMesh staged = null;
            MeshStaging.Join join = MeshStaging.readJoin(line);
            if (join != null) {
                staged = listen(join);
                line = next(stdin);
                int[] ports = staged == null ? null : MeshStaging.readPeers(line, join.vms());
                if (ports != null) {
                    say(staged.connect(ports, () -> claimed(stdin)));
                    line = next(stdin);
                }
            }
            standby = new Standby(diagnostics, staged);
            args = LaunchArguments.read(line, stdin);
            if (args == null) {
                System.exit(0);
            }
        }
        int code;
        try {
            code = run(VmArguments.decode(args), stdin, standby);
        } catch (MalformedMessageException e) {
            System.err.println("scale-models-vm: " + e.getMessage());
            code = BAD_ARGUMENTS;
        }
        try {
            ProviderRegistry.getLoggingProvider().shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(code);
    }

    /**
     * A standby process claimed by a run; {@code diagnostics}: where its own went (null when they could not);
     * {@code staged}: its peer channels opened before the run (null when it was not meshed).
     */
    private record Standby(Path diagnostics, StagedMesh staged) {
    }

    /** The standby's peer listener for the group it is asked to join, or null (said to the app) when none opens. */
    private static StagedMesh listen(MeshStaging.Join join) {
        try {
            StagedMesh staged = StagedMesh.listen(join);
            say(MeshStaging.listening(staged.port()));
            return staged;
        } catch (IOException e) {
            say(MeshStaging.unmeshed("no peer listener: " + e.getMessage()));
            return null;
        }
    }

    /** The app's next line to a standby; the process exits when it is {@code leave} (or when its input ends). */
    private static String next(BufferedReader stdin) throws IOException {
        String line = stdin.readLine();
        if (line == null || MeshStaging.isLeave(line)) {
            System.exit(0);
        }
        return line;
    }

    /** A line to the app, which reads a standby's output until a run claims it. */
    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** A standby's diagnostics, set up before a run claims it; null when no temporary file can be made. */
    private static Path standbyDiagnostics() {
        try {
            return Diagnostics.standby();
        } catch (IOException e) {
            return null; // then set up once a run claims it, as for a fresh VM
        }
    }

    /** @param standby how a standby process was claimed; null for a fresh VM */
    private static int run(VmArguments arguments, BufferedReader stdin, Standby standby) {
        RunFolder folder = RunFolder.at(arguments.runDir());
        int id = arguments.id();
        try {
            if (standby != null) {
                // A fresh VM's output is redirected by the supervisor; a standby's was started before its run existed.
                PrintStream console = new PrintStream(new FileOutputStream(folder.vmConsole(id).toFile(), true), true,
                        StandardCharsets.UTF_8);
                System.setOut(console);
                System.setErr(console);
            }
            if (standby != null && standby.diagnostics() != null) {
                Diagnostics.claimedBy(folder.vmDiagnostics(id), standby.diagnostics());
            } else {
                Diagnostics.toFile(folder.vmDiagnostics(id));
            }
            Secret secret = readSecret(stdin);
            StagedMesh staged = standby == null ? null : standby.staged();
            if (staged != null && !staged.serves(id, arguments.settings().vms(), secret)) {
                Logger.info("the peer channels opened before the run are for another run; opening new ones");
                staged.close();
                staged = null;
            }
            return new VmRuntime(id, arguments.settings(), folder, secret, arguments.restart(), staged)
                    .run(arguments.controlPort());
        } catch (IllegalArgumentException | IOException e) {
            Logger.error(e, "VM {} cannot run", id);
            return BAD_ARGUMENTS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Logger.error(e, "VM {} was interrupted", id);
            return BAD_ARGUMENTS;
        }
    }

    /** Whether a run's arguments are waiting on standard input. */
    private static boolean claimed(BufferedReader stdin) {
        try {
            return stdin.ready();
        } catch (IOException e) {
            return true; // input is gone: no point warming up further
        }
    }

    private static Secret readSecret(BufferedReader stdin) throws IOException {
        String line = stdin.readLine();
        if (line == null) {
            throw new IOException("no run secret on standard input");
        }
        return Secret.of(line.trim());
    }
}
