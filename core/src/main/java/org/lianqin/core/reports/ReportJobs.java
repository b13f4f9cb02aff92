package org.lianqin.core.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kept reports' rows, each change committed on its own (the list shows a generation's progress while
 * it runs), and the generation itself on the container's asynchronous threads, as the person who asked
 * for it: nobody else waits for a report. A generation the server did not live to finish is marked failed.
 */
@Stateless
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN, Roles.SYSTEM})
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";
    /** Longer than any generation takes: a report still running after this was cut off (a restart). */
    static final Duration ABANDONED = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** A new report, running; committed before its generation starts. Returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(String office, ReportKind kind, String subject, String title, String nextSteps, String by) {
        em.createNativeQuery("INSERT INTO kept_report (tenant_id, kind, subject, title, status, progress, next_steps, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, 'RUNNING', 0, ?, ?, ?)").setHint(NATIVE, true)
                .setParameter(1, office).setParameter(2, kind.name()).setParameter(3, subject).setParameter(4, title)
                .setParameter(5, nextSteps).setParameter(6, by).setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").setHint(NATIVE, true).getSingleResult()).longValue();
    }

    /** Runs the generation in the background as the street office (null: the district) and keeps its PDF. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(long id, String office, Callable<Generated> work) {
        try {
            Generated done = office == null ? work.call() : TenantContext.callAs(office, work);
            self().finish(id, done);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Report " + id + " failed", e);
            self().fail(id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** This bean through the container, so that each row change commits in its own transaction. */
    private ReportJobs self() {
        return context.getBusinessObject(ReportJobs.class);
    }

    /** A finished PDF and its page count. */
    public record Generated(byte[] pdf, int pages) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, int percent) {
        em.createNativeQuery("UPDATE kept_report SET progress = ? WHERE id = ? AND status = 'RUNNING'").setHint(NATIVE, true)
                .setParameter(1, Math.max(0, Math.min(99, percent))).setParameter(2, id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, Generated done) {
        em.createNativeQuery("UPDATE kept_report SET status = 'DONE', progress = 100, pdf = ?, pages = ?, finished_at = ?,"
                        + " failure = NULL WHERE id = ?").setHint(NATIVE, true)
                .setParameter(1, done.pdf()).setParameter(2, done.pages()).setParameter(3, Timestamp.from(clock.instant()))
                .setParameter(4, id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String why) {
        em.createNativeQuery("UPDATE kept_report SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ?")
                .setHint(NATIVE, true).setParameter(1, why.length() > 500 ? why.substring(0, 500) : why)
                .setParameter(2, Timestamp.from(clock.instant())).setParameter(3, id).executeUpdate();
    }

    /**
     * Back to running, for a generation again (the next steps changed), unless it is running already:
     * whether it was set running by this call.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean restart(String office, long id, String nextSteps) {
        return em.createNativeQuery("UPDATE kept_report SET status = 'RUNNING', progress = 0, next_steps = ?, failure = NULL,"
                        + " created_at = ?, finished_at = NULL, version = version + 1 WHERE tenant_id = ? AND id = ? AND status <> 'RUNNING'")
                .setHint(NATIVE, true).setParameter(1, nextSteps).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, office).setParameter(4, id).executeUpdate() == 1;
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "abandoned reports")
    @PermitAll
    void markAbandoned() {
        int n = em.createNativeQuery("UPDATE kept_report SET status = 'FAILED', failure = 'interrupted', finished_at = ?"
                        + " WHERE status = 'RUNNING' AND created_at < ?").setHint(NATIVE, true)
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, Timestamp.from(clock.instant().minus(ABANDONED))).executeUpdate();
        if (n > 0) {
            LOG.info(() -> n + " report generations were cut off (a restart) and are marked failed");
        }
    }
}
