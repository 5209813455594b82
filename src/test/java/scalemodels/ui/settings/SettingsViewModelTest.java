package scalemodels.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.model.RunSettings.Field;
import scalemodels.model.RunSettings;

class SettingsViewModelTest {

    @Test
    void defaultsAreTheExerciseAndValid() {
        SettingsViewModel vm = new SettingsViewModel();
        assertTrue(vm.isValid());
        assertEquals("3", vm.text(Field.VMS).get());
        assertEquals("Internal events: 70 %", vm.internalProbabilityProperty().get());
        RunSettings s = vm.toSettings();
        assertEquals(1, s.rateMin());
        assertEquals(6, s.rateMax());
        assertEquals(60, s.durationSeconds());
    }

    @Test
    void clockSkewIsCheckedAsYouTypeAndGoesIntoTheSettings() {
        SettingsViewModel vm = new SettingsViewModel();
        assertEquals("", vm.text(Field.CLOCK_SKEW).get(), "all clocks agree by default");
        vm.text(Field.CLOCK_SKEW).set("1:+250");
        assertFalse(vm.isValid());
        assertTrue(vm.error(Field.CLOCK_SKEW).get().startsWith("\"1:+250\" is not VM:AMOUNT"),
                vm.error(Field.CLOCK_SKEW).get());
        assertTrue(vm.firstProblem().startsWith("Clock skew: "), vm.firstProblem());
        vm.text(Field.CLOCK_SKEW).set("5:+1ms");
        assertEquals("Names VM 5, but the VMs are 0..2", vm.error(Field.CLOCK_SKEW).get());
        vm.text(Field.VMS).set("6");
        assertTrue(vm.isValid(), "six VMs have a VM 5");
        vm.text(Field.CLOCK_SKEW).set("1:+250ms, 2:-40ppm");
        assertEquals("1:+250ms,2:-40ppm", vm.toSettings().clockSkew().toString());
        SettingsViewModel other = new SettingsViewModel();
        other.set(vm.toSettings());
        assertEquals("1:+250ms,2:-40ppm", other.text(Field.CLOCK_SKEW).get(), "a run's skew shows as written");
    }

    @Test
    void eachBadFieldSaysWhatIsAllowedAndFixingItClearsTheMessage() {
        SettingsViewModel vm = new SettingsViewModel();
        vm.text(Field.VMS).set("1");
        assertFalse(vm.isValid());
        assertEquals("Must be between 2 and 16, got 1", vm.error(Field.VMS).get());
        vm.text(Field.VMS).set("four");
        assertEquals("Must be a whole number", vm.error(Field.VMS).get());
        vm.text(Field.VMS).set("４"); // a full-width 4: Integer.parseInt takes it, nobody means it
        assertEquals("Must be a whole number", vm.error(Field.VMS).get());
        vm.text(Field.SPEED).set("٢"); // an Arabic-Indic 2
        assertEquals("Must be a number", vm.error(Field.SPEED).get());
        vm.text(Field.SPEED).set("1");
        vm.text(Field.VMS).set("4");
        assertTrue(vm.isValid());
        assertEquals("", vm.error(Field.VMS).get());

        vm.text(Field.SEED).set("12x");
        assertTrue(vm.error(Field.SEED).get().startsWith("Must be a whole number"));
        vm.text(Field.SEED).set("-5");
        assertTrue(vm.isValid());

        vm.text(Field.SPEED).set("");
        assertEquals("Required", vm.error(Field.SPEED).get());
        vm.text(Field.SPEED).set("2.5");
        vm.text(Field.DURATION).set("-3");
        assertTrue(vm.error(Field.DURATION).get().startsWith("Must be between 0 (until stopped)"));
        vm.text(Field.DURATION).set("0");
        assertTrue(vm.isValid());
    }

    @Test
    void rateBoundsAreCheckedAgainstEachOther() {
        SettingsViewModel vm = new SettingsViewModel();
        vm.text(Field.RATE_MIN).set("5");
        vm.text(Field.RATE_MAX).set("2");
        assertFalse(vm.isValid());
        assertEquals("Must not be greater than the highest rate (5 > 2)", vm.error(Field.RATE_MIN).get());
        vm.text(Field.RATE_MAX).set("5");
        assertTrue(vm.isValid());
    }

    @Test
    void theInternalEventProbabilityFollowsMaxValue() {
        SettingsViewModel vm = new SettingsViewModel();
        vm.text(Field.MAX_VALUE).set("5");
        assertEquals("Internal events: 40 %", vm.internalProbabilityProperty().get());
        vm.text(Field.MAX_VALUE).set("3");
        assertEquals("Internal events: 0 %", vm.internalProbabilityProperty().get());
        vm.text(Field.MAX_VALUE).set("0");
        assertEquals("", vm.internalProbabilityProperty().get());
    }

    @Test
    void settingsSurviveARestart(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.properties"));
        SettingsViewModel first = new SettingsViewModel();
        first.set(new RunSettings(5, 1234, 2, 3, 7, 4, 15));
        store.save(first.toProperties());

        SettingsViewModel second = new SettingsViewModel();
        second.restore(store.load());
        assertEquals(new RunSettings(5, 1234, 2, 3, 7, 4, 15), second.toSettings());
    }

    @Test
    void anUnreadableSettingsFileMeansDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        java.nio.file.Files.write(file, new byte[] {'v', 'm', 's', '=', '\\', 'u', '1'});
        SettingsViewModel vm = new SettingsViewModel();
        vm.restore(new SettingsStore(file).load());
        assertTrue(vm.isValid());
        assertEquals("3", vm.text(Field.VMS).get());
    }

    @Test
    void theRateListTakesOneRatePerVmAndIsCheckedAsTyped() {
        SettingsViewModel vm = new SettingsViewModel();
        vm.text(Field.VMS).set("3");
        vm.text(Field.RATES).set("1,3");
        assertEquals("Lists 2 rates for 3 VMs: give one per VM", vm.error(Field.RATES).get());
        vm.text(Field.RATES).set("1,3,x");
        assertTrue(vm.error(Field.RATES).get().startsWith("\"1,3,x\" is not a list of whole numbers"));
        vm.text(Field.RATES).set("1,3,6");
        assertTrue(vm.isValid());
        assertEquals(scalemodels.model.FixedRates.of(1, 3, 6), vm.toSettings().rates());
        vm.text(Field.RATES).set("");
        assertTrue(vm.toSettings().rates().none(), "empty: drawn from the range");
        vm.set(scalemodels.model.RunSettings.defaults(4).withRates(scalemodels.model.FixedRates.of(2, 2, 8)));
        assertEquals("2,2,8", vm.text(Field.RATES).get(), "a run's fixed rates shown (Rerun, a run's settings)");
        assertEquals("2,2,8", vm.toProperties().getProperty("rates"), "and remembered");
    }
}
