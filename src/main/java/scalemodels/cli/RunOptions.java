package scalemodels.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scalemodels.model.ClockSkew;
import scalemodels.model.FixedRates;
import scalemodels.model.Invocation;
import scalemodels.model.RunSettings;
import scalemodels.model.Seeds;

/** The flags that define a run, shared by every command that starts one. */
public final class RunOptions {
    /** The folder of run folders, by default. */
    static final String LOGS = "vm_logs";
    /** Says where run folders go by default, in each command's help. */
    static final String LOGS_DEFAULT = "vm_logs in the project; for the installed app, "
            + "~/.local/share/scale-models/vm_logs";

    @Option(names = "--seed", paramLabel = "S",
            description = "Master seed, a 64-bit integer. The same seed draws the same rates and values. "
                    + "Default: a random one, printed so the run can be repeated.")
    Long seed;

    @Option(names = "--vms", paramLabel = "N", defaultValue = "" + RunSettings.DEFAULT_VMS,
            description = "Number of virtual machines, 2..16 (default: ${DEFAULT-VALUE}).")
    int vms;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long the clocks run, in real seconds; 0 runs until Ctrl-C (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--rate-min", paramLabel = "A", defaultValue = "" + RunSettings.DEFAULT_RATE_MIN,
            description = "Lowest tick rate a VM may draw, ticks per second (default: ${DEFAULT-VALUE}).")
    int rateMin;

    @Option(names = "--rate-max", paramLabel = "B", defaultValue = "" + RunSettings.DEFAULT_RATE_MAX,
            description = "Highest tick rate a VM may draw, ticks per second (default: ${DEFAULT-VALUE}).")
    int rateMax;

    @Option(names = "--max-value", paramLabel = "K", defaultValue = "" + RunSettings.DEFAULT_MAX_VALUE,
            description = "Each action draws 1..K: 1, 2 and 3 send, the rest are internal events "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxValue;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Multiplies every tick rate; 1 is the exercise as written, 0.01..10000 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--clock-skew", paramLabel = "VM:AMOUNT,...", defaultValue = "",
            description = "Each listed VM stamps its log with its own wall clock, off by an offset (us, ms or s) or a "
                    + "drift (ppm), e.g. 1:+250ms,2:-40ppm; its ticks keep real time (default: all clocks agree).")
    String clockSkew;

    @Option(names = "--rates", paramLabel = "R0,R1,...", defaultValue = "",
            description = "Each VM's tick rate, fixed instead of drawn from --rate-min..--rate-max: one whole number "
                    + "per VM, 1..1000, e.g. 1,3,6; the value draws stay those of the seed (default: drawn).")
    String rates;

    @Option(names = "--simulate",
            description = "Run the model in virtual time in this process (same VM logic, same log format, instant).")
    boolean simulate;

    @Option(names = "--network-delay", paramLabel = "MS", defaultValue = "1",
            description = "With --simulate: how long every message takes, in milliseconds, 0..60000 (default: ${DEFAULT-VALUE}).")
    double networkDelayMillis;

    @Option(names = "--logs", paramLabel = "DIR",
            description = "Folder that receives the run folder (default: " + LOGS_DEFAULT + ").")
    Path logs;

    @Mixin
    LogBudgetOption budget;

    /** Seed given or freshly drawn; remembered, so asking twice gives the same answer. */
    long seed() {
        if (seed == null) {
            seed = Seeds.random();
            seedWasDrawn = true;
        }
        return seed;
    }

    boolean seedWasDrawn;

    /**
     * The settings, or a {@link UsageException} naming the first bad flag and its allowed range.
     */
    RunSettings settings() {
        ClockSkew skew;
        try {
            skew = ClockSkew.parse(clockSkew);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--clock-skew " + e.getMessage());
        }
        FixedRates fixed;
        try {
            fixed = FixedRates.parse(rates);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--rates " + e.getMessage());
        }
        RunSettings settings = new RunSettings(vms, seed(), rateMin, rateMax, maxValue, speed, duration, skew, fixed);
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new UsageException(problems.get(0));
        }
        if (simulate && settings.runsUntilStopped()) {
            throw new UsageException("--duration must be above 0 with --simulate (virtual time has no Ctrl-C)");
        }
        delayMicros();
        return settings;
    }

    /** The simulated network delay in microseconds, or a {@link UsageException} naming its range. */
    long delayMicros() {
        if (!(networkDelayMillis >= 0 && networkDelayMillis <= scalemodels.sim.Simulator.MAX_DELAY_MILLIS)) {
            throw new UsageException("--network-delay must be between 0 and 60000 ms, got "
                    + RunSettings.plain(networkDelayMillis));
        }
        return Math.round(networkDelayMillis * 1000);
    }

    /** The logs folder, created if needed and proved writable, before anything starts. */
    Path writableLogsFolder() {
        if (logs != null && logs.toString().isBlank()) {
            throw new UsageException("--logs must name a folder, got an empty path");
        }
        Path folder = logs != null ? logs : defaultLogsFolder();
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UsageException(logs != null ? "--logs: cannot write to " + folder + " (" + reason(e) + ")"
                    : "cannot write run folders to " + folder + ", the default (" + reason(e) + "); name another "
                    + "folder with --logs DIR");
        }
        return folder;
    }

    /**
     * Where run folders go without {@code --logs}: {@code vm_logs} beside run.sh (it passes the project folder as
     * {@code scalemodels.home}); for the installed app ({@link Invocation#installed()}) in the user's data folder,
     * since a menu starts it in no particular folder; else {@code vm_logs} here.
     */
    public static Path defaultLogsFolder() {
        String home = System.getenv("HOME"); // as the XDG specification says; Java's user.home is the passwd entry's
        return defaultLogsFolder(System.getProperty("scalemodels.home"), Invocation.installed(),
                System.getenv("XDG_DATA_HOME"),
                home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    /** {@link #defaultLogsFolder()} from its inputs: the XDG base directories' data folder for an installed app. */
    static Path defaultLogsFolder(String projectHome, boolean installed, String xdgDataHome, String userHome) {
        if (projectHome != null) {
            return Path.of(projectHome, LOGS);
        }
        if (!installed) {
            return Path.of(LOGS);
        }
        // The XDG specification: a relative $XDG_DATA_HOME is invalid and ignored, as an unset one.
        Path data = xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : Path.of(userHome, ".local", "share");
        return data.resolve(DistCommand.NAME).resolve(LOGS);
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
