package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import scalemodels.model.ClockSkew;
import scalemodels.model.FixedRates;
import scalemodels.model.RunSettings;

/** What the supervisor tells a VM process on its command line reads back the same; anything else is refused. */
class VmArgumentsTest {
    private static final RunSettings SETTINGS = new RunSettings(4, -7, 2, 5, 9, 0.25, 1e-3,
            ClockSkew.parse("1:+250ms,2:-40ppm"), FixedRates.of(1, 3, 6, 2));

    @Test
    void argumentsRoundTrip() throws Exception {
        VmArguments arguments = new VmArguments(3, SETTINGS, 40123, Path.of("/tmp/runs/a folder, with spaces"), true);
        List<String> encoded = arguments.encode();
        assertEquals(List.of("--id", "3", "--vms", "4", "--seed", "-7"), encoded.subList(0, 6));
        assertTrue(encoded.contains("--restart"));
        assertEquals(arguments, VmArguments.decode(encoded.toArray(String[]::new)));

        VmArguments plain = new VmArguments(0, RunSettings.defaults(1).withDuration(0), 1, Path.of("/r"), false);
        assertEquals(plain, VmArguments.decode(plain.encode().toArray(String[]::new)));
        assertEquals(-1, plain.encode().indexOf("--clock-skew"), "no skew, no flag");
    }

    @Test
    void aStandbysArgumentsReadBackAsMadeAndNothingElseIsAStandby() {
        assertTrue(LaunchArguments.isStandby(LaunchArguments.standby().toArray(String[]::new)));
        List<String> run = new VmArguments(1, SETTINGS, 5, Path.of("/r"), false).encode();
        for (String[] other : List.of(run.toArray(String[]::new), new String[0], new String[] {"--standby", "--x"},
                new String[] {"--x", LaunchArguments.STANDBY})) {
            assertFalse(LaunchArguments.isStandby(other), List.of(other).toString());
        }
    }

    @Test
    void speedsAndDurationsSurviveExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            double speed = RunSettings.MIN_SPEED + random.nextDouble() * (RunSettings.MAX_SPEED - RunSettings.MIN_SPEED);
            double duration = random.nextDouble() * 1000 + RunSettings.MIN_DURATION_SECONDS;
            RunSettings settings = new RunSettings(3, random.nextLong(), 1, 6, 10, speed, duration);
            VmArguments arguments = new VmArguments(1, settings, 2, Path.of("/x"), false);
            assertEquals(arguments, VmArguments.decode(arguments.encode().toArray(String[]::new)));
        }
    }

    @Test
    void badArgumentsAreRefusedNamingTheFlag() {
        List<String> good = new VmArguments(1, SETTINGS, 5, Path.of("/r"), false).encode();
        assertRefused(without(good, "--seed"), "missing VM argument --seed");
        assertRefused(with(good, "--colour", "red"), "unknown or repeated VM argument '--colour'");
        assertRefused(with(good, "--restart", "--restart"), "unknown or repeated VM argument '--restart'");
        assertRefused(with(good, "--id", "2"), "--id given twice");
        assertRefused(with(good, "--rates"), "--rates needs a value");
        assertRefused(replaced(good, "--vms", "３"), "--vms");
        assertRefused(replaced(good, "--seed", "1e3"), "--seed");
        assertRefused(replaced(good, "--speed", "NaN"), "--speed");
        assertRefused(replaced(good, "--vms", "1"), "VM arguments:");
    }

    private static void assertRefused(List<String> arguments, String expected) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> VmArguments.decode(arguments.toArray(String[]::new)), arguments.toString());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static List<String> without(List<String> arguments, String flag) {
        List<String> out = new ArrayList<>(arguments);
        int at = out.indexOf(flag);
        out.remove(at + 1);
        out.remove(at);
        return out;
    }

    private static List<String> with(List<String> arguments, String... more) {
        List<String> out = new ArrayList<>(arguments);
        out.addAll(List.of(more));
        return out;
    }

    private static List<String> replaced(List<String> arguments, String flag, String value) {
        List<String> out = new ArrayList<>(arguments);
        out.set(out.indexOf(flag) + 1, value);
        return out;
    }
}
