package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a line tells the user to type: the launcher they started, else ./run.sh (DistributionTest: the real ones). */
class InvocationTest {
    @Test
    void theLauncherTheUserStartedElseRunSh() {
        assertEquals("./run.sh", Invocation.command(null, null));
        assertEquals("bin/scale-models", Invocation.command(null, "bin/scale-models"), "the plain copy's script");
        assertEquals("/opt/scale-models/bin/scale-models", Invocation.command("/opt/scale-models/bin/scale-models",
                null), "a jpackage launcher");
        assertEquals("./run.sh", Invocation.command(" ", ""));
        assertEquals("'/home/ada/My Apps/bin/scale-models'", Invocation.command("/home/ada/My Apps/bin/scale-models",
                null), "pasted as it is into a shell");
        assertEquals("'/tmp/it'\\''s/scale-models'", Invocation.command(null, "/tmp/it's/scale-models"));
    }
}
