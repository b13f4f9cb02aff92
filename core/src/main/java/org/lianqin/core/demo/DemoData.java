package org.lianqin.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo street offices that are missing when {@code lianqin.demo-data} is true (the run
 * command sets it for its embedded MariaDB). Existing street offices are never touched.
 */
@Singleton
@RunAs(Roles.SYSTEM)
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
    TenantDirectory tenants;

    /** Adds each demo street office that is missing, each in one transaction: all of it or none. */
    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        List<DemoStreetOffice> missing = DemoStreetOffice.ALL.stream()
                .filter(office -> tenants.find(office.code()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        String passwordHash = seeder.hash(DemoSeeder.DEMO_PASSWORD);
        for (DemoStreetOffice office : missing) {
            try {
                TenantContext.runAs(office.code(), () -> seeder.seed(office, passwordHash, office.active()));
                LOG.info(() -> "Demo street office loaded: " + office.code());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo street office " + office.code() + " was not loaded; nothing of it was kept", e);
            }
        }
    }
}
