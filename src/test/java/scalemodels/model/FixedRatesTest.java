package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Fixed rates: parsed and checked (one per VM, each 1..1000), and a VM with a fixed rate still draws, and discards,
 * its rate, so its value draws are exactly those of the same seed with the rate drawn: the same seed and rates give
 * the same run.
 */
class FixedRatesTest {
    @Test
    void ratesParseAndAreCheckedAgainstTheVmsAndTheRange() {
        assertEquals(FixedRates.of(1, 3, 6), FixedRates.parse(" 1, 3,6 "));
        assertEquals("1,3,6", FixedRates.parse("1,3,6").toString());
        assertTrue(FixedRates.parse("").none());
        assertThrows(IllegalArgumentException.class, () -> FixedRates.parse("1,,3"));
        assertThrows(IllegalArgumentException.class, () -> FixedRates.parse("1,\uff13"), "ASCII digits only");
        RunSettings base = RunSettings.defaults(5);
        assertEquals(List.of("--rates lists 2 rates for 3 VMs: give one per VM"),
                base.withRates(FixedRates.of(1, 3)).problems());
        assertEquals(List.of("--rates must list rates between 1 and 1000 ticks per second, got 1001 for VM 2"),
                base.withRates(FixedRates.of(1, 3, 1001)).problems());
        assertEquals(List.of(), base.withRates(FixedRates.of(1, 3, 6)).problems());
    }

    @Test
    void aFixedRateChangesTheRateAndNoOtherDraw() {
        RunSettings drawn = RunSettings.defaults(77);
        RunSettings fixed = drawn.withRates(FixedRates.of(1, 3, 6));
        for (int vm = 0; vm < 3; vm++) {
            VmLogic a = new VmLogic(vm, drawn);
            VmLogic b = new VmLogic(vm, fixed);
            assertEquals(new int[] {1, 3, 6}[vm], b.rate());
            assertEquals(values(a), values(b), "VM " + vm + "'s values are the seed's, whatever its rate");
            assertEquals(values(new VmLogic(vm, fixed)), values(new VmLogic(vm, fixed)), "same seed and rates");
        }
    }

    /** The events of 300 ticks without messages: sends and internals, as drawn. */
    private static List<String> values(VmLogic vm) {
        List<String> events = new ArrayList<>();
        for (int tick = 1; tick <= 300; tick++) {
            events.add(scalemodels.log.LogLineFormat.format(vm.onTick(tick, null, 0).event()));
        }
        return events;
    }
}
