package org.lianqin.publicreport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.publicreport.api.Offices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The residents' WAR's house rules (docs/architecture.md), on its class files: one way into a street
 * office, no other web module, and core reached through its services and records, never its persistence.
 */
class ArchitectureTest {

    private static final JavaClasses SITE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lianqin.publicreport");

    @Test
    void onlyOfficesEntersAStreetOffice() {
        noClasses().that().doNotBelongToAnyOf(Offices.class)
                .should().dependOnClassesThat().belongToAnyOf(TenantContext.class)
                .because("the site, the JSON API and Open311 enter a street office one way: Offices")
                .check(SITE);
    }

    @Test
    void noOtherWebModuleIsReached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.lianqin.portal..", "org.lianqin.admin..",
                "org.lianqin.vaadin..", "com.vaadin..").check(SITE);
    }

    @Test
    void coreIsUsedThroughServicesAndRecordsNotPersistence() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                "org.lianqin.core.persistence..", "org.lianqin.core.schema..").check(SITE);
    }

    @Test
    void theSiteAndOpen311AreNotUsedByTheApi() {
        noClasses().that().resideInAPackage("org.lianqin.publicreport.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lianqin.publicreport.site..",
                        "org.lianqin.publicreport.open311..")
                .because("the site's pages and Open311 stand on the API's shared pieces, not the other way round")
                .check(SITE);
    }
}
