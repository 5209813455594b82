package scalemodels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The architecture rules can fail: a planted cycle and a layer reaching up are caught, and main has neither. */
class ArchitectureRulesTest {
    @Test
    void aPlantedCycleBetweenTwoPackagesIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importPackages("scalemodels.archfixture");
        EvaluationResult result = SlicesRuleDefinition.slices().matching("scalemodels.archfixture.(*)..")
                .should().beFreeOfCycles().evaluate(fixture);
        assertTrue(result.hasViolation(), "the cycle low <-> high must be reported");
    }

    @Test
    void mainHasNoCycleAndKeepsItsLayers() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("scalemodels");
        assertFalse(ArchitectureTest.NO_CYCLES.evaluate(main).hasViolation(),
                ArchitectureTest.NO_CYCLES.evaluate(main).getFailureReport().toString());
        assertFalse(ArchitectureTest.LAYERS.evaluate(main).hasViolation(),
                ArchitectureTest.LAYERS.evaluate(main).getFailureReport().toString());
    }

    @Test
    void aLowerLayerReachingUpIsCaught() {
        // scalemodels.model.LayerBreakingFixture, in test code, uses the supervisor from the model layer.
        JavaClasses withFixture = new ClassFileImporter().importPackages("scalemodels.model");
        String report = ArchitectureTest.LAYERS.evaluate(withFixture).getFailureReport().toString();
        assertTrue(report.contains("LayerBreakingFixture"), "the model layer reaching up must break the layer rule: "
                + report);
    }
}
