package org.lianqin.core.cases;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes, runs the overdue scan as each active street office in turn. */
@Singleton
@RunAs(Roles.SYSTEM)
@TransactionManagement(TransactionManagementType.BEAN)
public class OverdueWatch {

    private static final Logger LOG = Logger.getLogger(OverdueWatch.class.getName());

    @EJB
    TenantDirectory tenants;

    @EJB
    Escalations escalations;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "overdue scan")
    void scan() {
        for (StreetOffice office : tenants.activeStreetOffices()) {
            try {
                List<String> flagged = TenantContext.callAs(office.code(), () -> escalations.escalateDue(clock.instant()));
                if (!flagged.isEmpty()) {
                    LOG.info(() -> office.code() + ": " + flagged.size() + " cases overdue, escalated " + flagged);
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Overdue scan of " + office.code() + " failed", e);
            }
        }
    }
}
