package scalemodels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** JavaFX stays in the ui layer; the VM process depends on nothing above the model, log and wire layers. */
@AnalyzeClasses(packages = "scalemodels", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackage("scalemodels.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the VM, wire format, supervisor and analysis must run without a display");

    @ArchTest
    static final ArchRule vmProcessKnowsNoSupervisorNorUi = noClasses()
            .that().resideInAPackage("scalemodels.vm..")
            .should().dependOnClassesThat().resideInAnyPackage("scalemodels.supervisor..", "scalemodels.ui..",
                    "scalemodels.cli..", "scalemodels.analysis..")
            .because("a VM process loads only what it needs to tick, talk and log");

    @ArchTest
    static final ArchRule oneBridgeIntoTheFxThread = noClasses()
            .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
            .because("reader threads only enqueue and one AnimationTimer drains per frame");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("scalemodels.model..", "scalemodels.log..", "scalemodels.wire..",
                    "scalemodels.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("scalemodels.supervisor..", "scalemodels.cli..",
                    "scalemodels.ui..", "scalemodels.vm..");
}
