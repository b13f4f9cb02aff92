package org.lianqin.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of core's packages (docs/architecture.md), checked on the class files: no package
 * cycles, and the lower layers never reach the higher ones. A new arrow that breaks them fails here.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lianqin.core");

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("org.lianqin.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theKernelUsesNothingButTheTexts() {
        only("kernel", "kernel", "i18n").check(CORE);
    }

    @Test
    void placesAndPhotosStandAlone() {
        only("geo", "geo").check(CORE);
        only("photos", "photos", "kernel", "i18n").check(CORE);
        only("i18n", "i18n").check(CORE);
        only("time", "time").check(CORE);
        only("exports", "exports").check(CORE);
    }

    @Test
    void measuresAndReportsReadTheCasesAndNeverTheReverse() {
        noClasses().that().resideInAnyPackage("org.lianqin.core.cases..", "org.lianqin.core.organisation..",
                        "org.lianqin.core.catalogue..", "org.lianqin.core.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lianqin.core.measures..", "org.lianqin.core.reports..")
                .because("the measures read what the cases keep; the cases never ask the measures").check(CORE);
        noClasses().that().resideInAPackage("org.lianqin.core.measures..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lianqin.core.reports..", "org.lianqin.core.mail..",
                        "org.lianqin.core.security..", "org.lianqin.core.demo..").check(CORE);
    }

    @Test
    void theOrganisationComesBeforeCatalogueRoutingAndCases() {
        only("tenancy", "tenancy", "kernel", "i18n").check(CORE);
        only("organisation", "organisation", "tenancy", "geo", "kernel", "i18n", "persistence").check(CORE);
        only("catalogue", "catalogue", "organisation", "tenancy", "kernel", "i18n", "persistence").check(CORE);
        only("routing", "routing", "catalogue", "organisation", "geo", "tenancy", "kernel", "i18n").check(CORE);
    }

    @Test
    void nothingBelowReactsToCasesDirectly() {
        noClasses().that().resideInAPackage("org.lianqin.core.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lianqin.core.mail..", "org.lianqin.core.demo..",
                        "org.lianqin.core.security..", "org.lianqin.core.integration..")
                .because("cases tell others through CDI events (CaseChanged, ResidentReported) and never call them")
                .check(CORE);
    }

    @Test
    void coreKnowsNoWebModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.lianqin.publicreport..",
                "org.lianqin.portal..", "org.lianqin.admin..", "org.lianqin.vaadin..", "com.vaadin..",
                "jakarta.servlet..", "jakarta.ws.rs..").check(CORE);
    }

    /** Classes of core.{layer} use core only in the packages named (and anything outside core). */
    private static ArchRule only(String layer, String... allowed) {
        String[] forbidden = java.util.Arrays.stream(new String[] {"kernel", "i18n", "time", "persistence", "geo",
                        "tenancy", "calendar", "photos", "organisation", "catalogue", "routing", "cases", "mail",
                        "security", "integration", "demo", "schema", "exports", "measures", "reports"})
                .filter(p -> !java.util.Arrays.asList(allowed).contains(p))
                .map(p -> "org.lianqin.core." + p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.lianqin.core." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as("core." + layer + " uses only " + String.join(", ", allowed));
    }
}
