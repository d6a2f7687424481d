package org.migrationmptf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;

/**
 * The module map of ARCHITECTURE.md, as a test: platform <- governance <- mobilisation <- programming <-
 * monitoring, each module reached by the others only through its api package, and the layer rules inside a module.
 */
@AnalyzeClasses(packages = "org.migrationmptf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.migrationmptf.";

    @ArchTest
    static final ArchRule modulesUseOnlyModulesToTheirLeft = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("platform").definedBy(ROOT + "platform..")
            .layer("governance").definedBy(ROOT + "governance..")
            .layer("mobilisation").definedBy(ROOT + "mobilisation..")
            .layer("programming").definedBy(ROOT + "programming..")
            .layer("monitoring").definedBy(ROOT + "monitoring..")
            .whereLayer("monitoring").mayNotBeAccessedByAnyLayer()
            .whereLayer("programming").mayOnlyBeAccessedByLayers("monitoring")
            .whereLayer("mobilisation").mayOnlyBeAccessedByLayers("programming", "monitoring")
            .whereLayer("governance").mayOnlyBeAccessedByLayers("mobilisation", "programming", "monitoring")
            .whereLayer("platform").mayOnlyBeAccessedByLayers("governance", "mobilisation", "programming",
                    "monitoring");

    @ArchTest
    static final ArchRule governanceIsReachedOnlyThroughItsApi = onlyThroughApi("governance");

    @ArchTest
    static final ArchRule mobilisationIsReachedOnlyThroughItsApi = onlyThroughApi("mobilisation");

    @ArchTest
    static final ArchRule programmingIsReachedOnlyThroughItsApi = onlyThroughApi("programming");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheWeb = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                    "org.primefaces..", "jakarta.servlet..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule restAndFacesNeverTouchTheEntityManager = noClasses()
            .that().resideInAnyPackage("..rest..", "..faces..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule apiDoesNotExposeEntities = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..service..");

    @ArchTest
    static final ArchRule servicesAreStatelessBeans = classes().that().resideInAPackage("..service..")
            .and().haveSimpleNameEndingWith("Service").should().beAnnotatedWith(Stateless.class);

    @ArchTest
    static final ArchRule noConsolePrinting = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    private static ArchRule onlyThroughApi(String module) {
        String base = ROOT + module;
        return noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".domain..", base + ".service..",
                        base + ".rest..", base + ".faces..")
                .because("other modules use " + module + " only through " + module + ".api");
    }
}
