package scalemodels.log;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import scalemodels.model.ClockSkew;
import scalemodels.model.FixedRates;
import scalemodels.model.Invocation;
import scalemodels.model.RunSettings;

/**
 * {@code manifest.properties}: every setting needed to rerun a run, plus what the run found out (rates, times).
 * Java properties syntax, written in a fixed key order and replaced atomically, so a reader never sees half a file.
 */
public final class RunManifest {
    public static final String FORMAT = "scale-models-run/1";

    private final Map<String, String> entries = new LinkedHashMap<>();

    public static RunManifest of(RunFolder folder, RunSettings settings, String mode) {
        RunManifest m = new RunManifest();
        m.put("format", FORMAT);
        m.put("run_id", folder.runId());
        m.put("mode", mode);
        m.put("seed", Long.toString(settings.seed()));
        m.put("vms", Integer.toString(settings.vms()));
        m.put("rate_min", Integer.toString(settings.rateMin()));
        m.put("rate_max", Integer.toString(settings.rateMax()));
        m.put("max_value", Integer.toString(settings.maxValue()));
        m.put("speed", RunSettings.plain(settings.speed()));
        m.put("duration_seconds", RunSettings.plain(settings.durationSeconds()));
        if (!settings.clockSkew().none()) {
            m.put("clock_skew", settings.clockSkew().toString());
        }
        if (!settings.rates().none()) {
            m.put("fixed_rates", settings.rates().toString());
        }
        m.put("rerun", rerunCommand(settings));
        // Who writes the run, so that a reader can tell a run still going from one whose writer was killed.
        ProcessHandle self = ProcessHandle.current();
        m.put("writer_pid", Long.toString(self.pid()));
        self.info().startInstant().ifPresent(started -> m.put("writer_started", started.toString()));
        return m;
    }

    /**
     * Whether the process that wrote this manifest is gone (killed before it could record the run's end): its pid is
     * not alive, or is now another process (one started at another instant).
     */
    public boolean writerGone() {
        String pid = entries.get("writer_pid");
        if (pid == null) {
            return false; // written before writers were recorded: cannot tell
        }
        java.util.Optional<ProcessHandle> writer;
        try {
            writer = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return false;
        }
        String started = entries.get("writer_started");
        return writer.isEmpty() || !writer.get().isAlive() || started != null
                && !writer.get().info().startInstant().map(i -> i.toString().equals(started)).orElse(true);
    }

    /** The headless command line that runs these settings again, with the launcher the user started. */
    public static String rerunCommand(RunSettings settings) {
        return Invocation.command() + " --headless --seed " + settings.seed() + " --vms " + settings.vms()
                + " --rate-min " + settings.rateMin() + " --rate-max " + settings.rateMax()
                + " --max-value " + settings.maxValue() + " --speed " + RunSettings.plain(settings.speed())
                + " --duration " + RunSettings.plain(settings.durationSeconds())
                + (settings.clockSkew().none() ? "" : " --clock-skew " + settings.clockSkew())
                + (settings.rates().none() ? "" : " --rates " + settings.rates());
    }

    /** Whether the run was simulated in virtual time rather than run in processes. */
    public boolean simulated() {
        return "simulated".equals(entries.get("mode"));
    }

    public static RunManifest read(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        RunManifest m = new RunManifest();
        props.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, props.getProperty(k)));
        return m;
    }

    public RunManifest put(String key, String value) {
        entries.put(key, value);
        return this;
    }

    public String get(String key) {
        return entries.get(key);
    }

    /** The settings this run was started with. */
    public RunSettings settings() {
        try {
            return new RunSettings(Integer.parseInt(need("vms")), Long.parseLong(need("seed")),
                    Integer.parseInt(need("rate_min")), Integer.parseInt(need("rate_max")),
                    Integer.parseInt(need("max_value")), Double.parseDouble(need("speed")),
                    Double.parseDouble(need("duration_seconds")),
                    ClockSkew.parse(entries.getOrDefault("clock_skew", "")),
                    FixedRates.parse(entries.getOrDefault("fixed_rates", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("manifest holds a setting that is not a number: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest's clock_skew or fixed_rates: " + e.getMessage());
        }
    }

    /** Writes to a temporary file beside the target and moves it into place. */
    /**
     * How the run ended: {@code ended_at}, {@code stopped_early}, {@code refused_connections} (strangers at the
     * control socket), {@code outcome} ({@code clean} or {@code problems}) and, if any, {@code first_problem}.
     */
    public RunManifest recordEnd(long endedMicros, boolean stoppedEarly, long refusedConnections,
                                 java.util.List<String> problems, boolean clean) {
        put("ended_at", Timestamps.format(endedMicros)).put("stopped_early", Boolean.toString(stoppedEarly))
                .put("refused_connections", Long.toString(refusedConnections))
                .put("outcome", clean ? "clean" : "problems");
        if (!problems.isEmpty()) {
            put("first_problem", problems.get(0));
        }
        return this;
    }

    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Scale Models run manifest (Java properties)\n");
        entries.forEach((k, v) -> text.append(k).append('=').append(escape(v)).append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp); // after a failure (a full disk) no temporary file is left behind
        }
    }

    private String need(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalArgumentException("manifest has no '" + key + "'");
        }
        return value;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
