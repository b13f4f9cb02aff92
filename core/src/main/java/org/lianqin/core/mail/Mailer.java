package org.lianqin.core.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Empties the outboxes: right after a commit that filled one, and every minute for what failed before. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @EJB
    Outbox outbox;

    @EJB
    TenantDirectory tenants;

    @Inject
    MailSettings settings;

    @Asynchronous
    public void sendPending(String tenant) {
        if (!settings.enabled()) {
            return;
        }
        try {
            TenantContext.runAs(tenant, () -> outbox.pending().forEach(outbox::send));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox of " + tenant + " not sent", e);
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "mail outbox")
    void sweep() {
        if (!settings.enabled()) {
            return;
        }
        for (StreetOffice office : tenants.activeStreetOffices()) {
            sendPending(office.code());
        }
    }
}
