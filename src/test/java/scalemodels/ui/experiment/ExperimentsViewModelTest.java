package scalemodels.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the experiment's configurations and validating the plan, without a window. */
class ExperimentsViewModelTest {
    @TempDir
    Path logs;

    @Test
    void configurationsAreAddedOnlyWhenValid() {
        ExperimentsViewModel vm = new ExperimentsViewModel(logs);
        assertEquals(4, vm.configs().size(), "the exercise preset");
        assertTrue(vm.addConfig("slow:1-2:10"));
        assertEquals(5, vm.configs().size());
        assertFalse(vm.addConfig("slow:1-3:10"));
        assertEquals("A configuration named 'slow' is already in the list", vm.errorProperty().get());
        assertFalse(vm.addConfig("nonsense"));
        assertTrue(vm.errorProperty().get().startsWith("Configuration 'nonsense' is not name:rateMin-rateMax:maxValue"));
        assertFalse(vm.addConfig("huge:1-6:10:40"));
        assertTrue(vm.errorProperty().get().contains("vms must be between 2 and 16"), vm.errorProperty().get());
        assertTrue(vm.addConfig("four:2-3:6:4"));
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void anInvalidPlanIsRefusedWithAReason() {
        ExperimentsViewModel vm = new ExperimentsViewModel(logs);
        vm.runsProperty().set("0");
        assertFalse(vm.run());
        assertEquals("runs must be between 1 and 1000, got 0", vm.errorProperty().get());
        vm.runsProperty().set("two");
        assertFalse(vm.run());
        assertEquals("Runs, duration and speed must be numbers", vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
