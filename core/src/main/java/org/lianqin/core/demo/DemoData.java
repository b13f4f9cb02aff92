package org.lianqin.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lianqin.core.tenancy.TenantContext;

import java.util.logging.Logger;

/**
 * Loads the demo street offices on an empty database when {@code lianqin.demo-data} is true (the run
 * command sets it for its embedded MariaDB). Never touches a database that already has tenants.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "lianqin.demo-data", defaultValue = "false")
    boolean enabled;

    @EJB
    DemoSeeder seeder;

    @EJB
    DemoCases demoCases;

    @PostConstruct
    void load() {
        if (!enabled || !seeder.databaseIsEmpty()) {
            return;
        }
        String passwordHash = seeder.hash(DemoSeeder.DEMO_PASSWORD);
        for (DemoStreetOffice office : DemoStreetOffice.ALL) {
            seeder.createTenant(office);
            TenantContext.runAs(office.code(), () -> seeder.createOrganisation(office, passwordHash));
            if (office.active()) {
                TenantContext.runAs(office.code(), () -> demoCases.create(office.west(), office.south()));
            }
        }
        LOG.info(() -> "Demo data loaded: " + DemoStreetOffice.ALL.size() + " street offices");
    }
}
