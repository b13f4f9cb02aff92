package org.lianqin.core.district;

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
import org.lianqin.core.security.Passwords;

import java.util.logging.Logger;

/**
 * What the district needs before anyone signs in: the built-in templates, and a first district admin
 * when there is none — {@code district} with a one-time password written once to the server log (with
 * the demo data: the demo password, and the published demo API token).
 */
@Singleton
@Startup
@RunAs(Roles.SYSTEM)
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DistrictStart {

    private static final Logger LOG = Logger.getLogger(DistrictStart.class.getName());

    /** The first district admin's login; the README names it. */
    public static final String FIRST_ADMIN = "district";

    /** The demo district admin's API token (README), as published as the demo street offices' Open311 keys. */
    public static final String DEMO_TOKEN = "demo-district-token";

    @Inject
    @ConfigProperty(name = "lianqin.demo-data", defaultValue = "false")
    boolean demo;

    @EJB
    DistrictSeeder seeder;

    @EJB
    DistrictTokens tokens;

    @PostConstruct
    void start() {
        int added = seeder.addMissingTemplates();
        if (added > 0) {
            LOG.info(() -> added + " built-in street office template(s) added");
        }
        if (seeder.hasDistrictAdmin()) {
            return;
        }
        if (demo) {
            seeder.addDistrictAdmin(FIRST_ADMIN, "徐汇区管理员", "demo2026", false);
            tokens.register(FIRST_ADMIN, "演示脚本", DEMO_TOKEN);
            LOG.info("Demo district admin added: district / demo2026, API token " + DEMO_TOKEN);
        } else {
            String password = Passwords.oneTime();
            seeder.addDistrictAdmin(FIRST_ADMIN, "区级管理员", password, true);
            LOG.warning("The district console's first admin: sign in at /admin as '" + FIRST_ADMIN
                    + "' with the one-time password " + password + " and choose your own. It is written here this once.");
        }
    }
}
