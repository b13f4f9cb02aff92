package org.lianqin.portal.views;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the open boards of a street office that its cases changed. Every two seconds, for each office
 * with a board open, it asks the database for the office's count of changes (one row,
 * {@link CaseQueries#latestChange}) and, when that moved, calls each board's listener, which pushes to
 * its browser. Asking the database rather than listening in this server means a change made on another
 * server of a cluster, or by the residents' site, reaches every board too.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BoardFeed {

    private static final Logger LOG = Logger.getLogger(BoardFeed.class.getName());

    /** Per office, each open board and the newest change it has seen. */
    private final Map<String, Map<LongConsumer, AtomicLong>> boards = new ConcurrentHashMap<>();

    @EJB
    CaseQueries queries;

    /**
     * Calls the listener with the office's newest change marker whenever it moves past the one the board
     * has seen ({@code seen}, read when it read its cases); returns how to stop.
     */
    public Runnable follow(String office, long seen, LongConsumer listener) {
        boards.compute(office, (o, open) -> {
            Map<LongConsumer, AtomicLong> followers = open == null ? new ConcurrentHashMap<>() : open;
            followers.put(listener, new AtomicLong(seen));
            return followers;
        });
        return () -> boards.computeIfPresent(office, (o, open) -> {
            open.remove(listener);
            return open.isEmpty() ? null : open;
        });
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "board feed")
    void look() {
        for (Map.Entry<String, Map<LongConsumer, AtomicLong>> office : boards.entrySet()) {
            try {
                long latest = TenantContext.callAs(office.getKey(), queries::latestChange);
                office.getValue().forEach((board, seen) -> {
                    if (seen.get() < latest) {
                        try {
                            board.accept(latest);
                            seen.accumulateAndGet(latest, Math::max);
                        } catch (RuntimeException e) {   // this board is told again next time; the others now
                            LOG.log(Level.FINE, "A board of " + office.getKey() + " was not told", e);
                        }
                    }
                });
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Board feed of " + office.getKey() + " failed", e);
            }
        }
    }
}
