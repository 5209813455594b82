package scalemodels.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import scalemodels.wire.VmProcess;

/** The supervisor starts VM processes by the main class's name; it must name this class. */
class VmProcessTest {
    @Test
    void theMainClassTheSupervisorStartsIsTheVmsMain() {
        assertEquals(VmMain.class.getName(), VmProcess.MAIN_CLASS);
    }
}
