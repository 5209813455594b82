package scalemodels.wire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import scalemodels.model.AsciiNumbers;
import scalemodels.model.ClockSkew;
import scalemodels.model.FixedRates;
import scalemodels.model.RunSettings;

/**
 * What a VM process is told on its command line (or, for a standby, on standard input), written by the supervisor and
 * read by the VM through this one codec, so the two ends cannot drift apart. Nobody types these: they are a protocol,
 * which is why the VM reads them here instead of through the command-line library, whose reflection and 160 classes
 * were a third of a VM's start-up. The flags still read like a command line, so {@code ps} shows what each VM runs.
 *
 * @param restart the VM carries on from its own log (a crashed VM's new process)
 */
public record VmArguments(int id, RunSettings settings, int controlPort, Path runDir, boolean restart) {
    private static final String RESTART = "--restart";
    private static final List<String> REQUIRED = List.of("--id", "--vms", "--seed", "--rate-min", "--rate-max",
            "--max-value", "--speed", "--duration", "--control-port", "--run-dir");
    private static final List<String> OPTIONAL = List.of("--clock-skew", "--rates");

    public List<String> encode() {
        List<String> arguments = new ArrayList<>(List.of(
                "--id", Integer.toString(id),
                "--vms", Integer.toString(settings.vms()),
                "--seed", Long.toString(settings.seed()),
                "--rate-min", Integer.toString(settings.rateMin()),
                "--rate-max", Integer.toString(settings.rateMax()),
                "--max-value", Integer.toString(settings.maxValue()),
                "--speed", RunSettings.plain(settings.speed()),
                "--duration", RunSettings.plain(settings.durationSeconds()),
                "--control-port", Integer.toString(controlPort),
                "--run-dir", runDir.toAbsolutePath().toString()));
        if (restart) {
            arguments.add(RESTART);
        }
        if (!settings.clockSkew().none()) {
            arguments.addAll(List.of("--clock-skew", settings.clockSkew().toString()));
        }
        if (!settings.rates().none()) {
            arguments.addAll(List.of("--rates", settings.rates().toString()));
        }
        return arguments;
    }

    /**
     * Reads what {@link #encode()} wrote. The settings are checked as a run's settings are.
     *
     * @throws MalformedMessageException naming the flag: unknown, repeated, missing, without a value or not a number
     */
    public static VmArguments decode(String... arguments) throws MalformedMessageException {
        Map<String, String> values = new LinkedHashMap<>();
        boolean restart = false;
        for (int i = 0; i < arguments.length; i++) {
            String flag = arguments[i];
            if (flag.equals(RESTART) && !restart) {
                restart = true;
            } else if (!REQUIRED.contains(flag) && !OPTIONAL.contains(flag)) {
                throw new MalformedMessageException("unknown or repeated VM argument '" + flag + "'");
            } else if (i + 1 == arguments.length) {
                throw new MalformedMessageException(flag + " needs a value");
            } else if (values.putIfAbsent(flag, arguments[++i]) != null) {
                throw new MalformedMessageException(flag + " given twice");
            }
        }
        for (String flag : REQUIRED) {
            if (!values.containsKey(flag)) {
                throw new MalformedMessageException("missing VM argument " + flag);
            }
        }
        try {
            RunSettings settings = new RunSettings(whole(values, "--vms"), seed(values.get("--seed")),
                    whole(values, "--rate-min"), whole(values, "--rate-max"), whole(values, "--max-value"),
                    decimal(values, "--speed"), decimal(values, "--duration"),
                    ClockSkew.parse(values.getOrDefault("--clock-skew", "")),
                    FixedRates.parse(values.getOrDefault("--rates", "")));
            settings.requireValid();
            return new VmArguments(whole(values, "--id"), settings, whole(values, "--control-port"),
                    Path.of(values.get("--run-dir")), restart);
        } catch (IllegalArgumentException e) { // InvalidPathException included
            throw new MalformedMessageException("VM arguments: " + e.getMessage());
        }
    }

    private static int whole(Map<String, String> values, String flag) {
        try {
            return AsciiNumbers.parseInt(values.get(flag));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }

    private static long seed(String text) {
        try {
            return AsciiNumbers.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed: " + e.getMessage(), e);
        }
    }

    private static double decimal(Map<String, String> values, String flag) {
        try {
            return AsciiNumbers.parseDouble(values.get(flag));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
        }
    }
}
