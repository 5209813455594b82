package scalemodels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/ARCHITECTURE.md: JavaFX stays in the ui layer, each layer uses only those below it, and no two
 * packages depend on each other (ArchitectureRulesTest shows these rules fail when broken).
 */
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
    static final ArchRule viewsGetTheirServicesFromTheCompositionRoot = noClasses()
            .that().resideInAPackage("scalemodels.ui..")
            .and().doNotHaveFullyQualifiedName("scalemodels.ui.CompositionRoot")
            .should().dependOnClassesThat().resideInAnyPackage("scalemodels.supervisor..", "scalemodels.sim..")
            .because("the composition root builds the launchers; view models get them injected (RunServices)");

    @ArchTest
    static final ArchRule oneBridgeIntoTheFxThread = noClasses()
            .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
            .because("reader threads only enqueue and one AnimationTimer drains per frame");

    @ArchTest
    static final ArchRule caseIsChangedInTheRootLocale = noClasses()
            .should().callMethod(String.class, "toLowerCase").orShould().callMethod(String.class, "toUpperCase")
            .because("under a Turkish locale \"PAUSED\".toLowerCase() is \"paused\" with a dotless i: state names "
                    + "and CSS classes break; use toLowerCase(Locale.ROOT)");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("scalemodels.model..", "scalemodels.log..", "scalemodels.wire..",
                    "scalemodels.launch..", "scalemodels.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("scalemodels.supervisor..", "scalemodels.cli..",
                    "scalemodels.ui..", "scalemodels.vm..");

    /** The packages as layers, each with the layers it may use. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Event").definedBy("scalemodels.event..")
            .layer("Model").definedBy("scalemodels.model..")
            .layer("Base").definedBy("scalemodels.diag..", "scalemodels.concurrent..", "scalemodels.files..")
            .layer("Log").definedBy("scalemodels.log..")
            .layer("Wire").definedBy("scalemodels.wire..")
            .layer("Launch").definedBy("scalemodels.launch..")
            .layer("Vm").definedBy("scalemodels.vm..")
            .layer("Supervisor").definedBy("scalemodels.supervisor..")
            .layer("RunData").definedBy("scalemodels.rundata..")
            .layer("Analysis").definedBy("scalemodels.analysis..")
            .layer("Timeline").definedBy("scalemodels.timeline..")
            .layer("Import").definedBy("scalemodels.importer..")
            .layer("Sim").definedBy("scalemodels.sim..")
            .layer("Reports").definedBy("scalemodels.report..", "scalemodels.export..", "scalemodels.experiment..")
            .layer("Ui").definedBy("scalemodels.ui..")
            .layer("Cli").definedBy("scalemodels.cli..")
            .whereLayer("Event").mayNotAccessAnyLayer()
            .whereLayer("Model").mayOnlyAccessLayers("Event")
            .whereLayer("Base").mayNotAccessAnyLayer()
            .whereLayer("Log").mayOnlyAccessLayers("Event", "Model")
            .whereLayer("Wire").mayOnlyAccessLayers("Event", "Model", "Base")
            .whereLayer("Launch").mayOnlyAccessLayers("Event", "Model", "Log")
            .whereLayer("Vm").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "Wire")
            .whereLayer("Supervisor").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "Wire", "Launch")
            .whereLayer("RunData").mayOnlyAccessLayers("Event", "Model", "Base", "Log")
            .whereLayer("Analysis").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "RunData")
            .whereLayer("Timeline").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "RunData", "Analysis")
            .whereLayer("Import").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "RunData")
            .whereLayer("Sim").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "Launch")
            .whereLayer("Reports").mayOnlyAccessLayers("Event", "Model", "Base", "Log", "RunData", "Analysis",
                    "Timeline", "Import", "Sim", "Supervisor", "Launch")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .because("each layer uses only those below it (docs/ARCHITECTURE.md)");

    /** No two packages depend on each other, however indirectly. */
    static final ArchRule NO_CYCLES = slices().matching("scalemodels.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two packages one: neither can change or be tested alone");

    @ArchTest
    static final ArchRule layers = LAYERS;

    @ArchTest
    static final ArchRule packagesFreeOfCycles = NO_CYCLES;
}
