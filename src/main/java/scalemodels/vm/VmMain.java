package scalemodels.vm;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tinylog.Logger;
import org.tinylog.provider.ProviderRegistry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scalemodels.diag.Diagnostics;
import scalemodels.log.RunFolder;
import scalemodels.model.ClockSkew;
import scalemodels.model.FixedRates;
import scalemodels.model.RunSettings;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.Secret;

/**
 * Entry point of one VM process, started by the supervisor (never by hand). The run secret arrives as the first line
 * of standard input so that it never shows on a command line. Never loads JavaFX.
 *
 * <p>Started with only {@code --standby}, the process boots and waits: the app keeps such warm processes so that
 * pressing Start does not wait for JVMs to boot. A run claims one by writing its arguments to standard input
 * ({@link LaunchArguments}); it then runs exactly as if started with them. When standard input ends first, it exits.
 */
@Command(name = "scale-models-vm", description = "One virtual machine of a Scale Models run (started by the supervisor).")
public final class VmMain implements Callable<Integer> {
    @Option(names = "--id", required = true) int id;
    @Option(names = "--vms", required = true) int vms;
    @Option(names = "--seed", required = true) long seed;
    @Option(names = "--rate-min", required = true) int rateMin;
    @Option(names = "--rate-max", required = true) int rateMax;
    @Option(names = "--max-value", required = true) int maxValue;
    @Option(names = "--speed", required = true) double speed;
    @Option(names = "--duration", required = true) double duration;
    @Option(names = "--control-port", required = true) int controlPort;
    @Option(names = "--run-dir", required = true) Path runDir;
    @Option(names = "--restart") boolean restart;
    @Option(names = "--clock-skew", defaultValue = "") String clockSkew;
    @Option(names = "--rates", defaultValue = "") String rates;

    private final BufferedReader stdin;
    private boolean claimedFromStandby;

    VmMain(BufferedReader stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        VmMain vm = new VmMain(stdin);
        // Built before waiting: picocli's reflection is a good part of a VM's start-up.
        CommandLine cli = new CommandLine(vm);
        if (args.length == 1 && args[0].equals(LaunchArguments.STANDBY)) {
            WarmUp.run();
            System.out.println(LaunchArguments.WARM);
            System.out.flush();
            args = LaunchArguments.read(stdin);
            if (args == null) {
                System.exit(0);
            }
            vm.claimedFromStandby = true;
        }
        int code = cli.execute(args);
        try {
            ProviderRegistry.getLoggingProvider().shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(code);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        RunFolder folder = RunFolder.at(runDir);
        if (claimedFromStandby) {
            // A fresh VM's output is redirected by the supervisor; a standby's was started before its run existed.
            PrintStream console = new PrintStream(new FileOutputStream(folder.vmConsole(id).toFile(), true), true,
                    StandardCharsets.UTF_8);
            System.setOut(console);
            System.setErr(console);
        }
        Diagnostics.toFile(folder.vmDiagnostics(id));
        try {
            RunSettings settings = new RunSettings(vms, seed, rateMin, rateMax, maxValue, speed, duration,
                    ClockSkew.parse(clockSkew), FixedRates.parse(rates));
            settings.requireValid();
            Secret secret = readSecret(stdin);
            return new VmRuntime(id, settings, folder, secret, restart).run(controlPort);
        } catch (IllegalArgumentException | IOException e) {
            Logger.error(e, "VM {} cannot run", id);
            return 2;
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
