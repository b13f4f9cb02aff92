package org.lianqin.core.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The street offices as read at most {@link #AT_MOST_STALE} ago, for {@link TenantDirectory#findRecent}:
 * every public request names its office, and reading the office's row each time was a query per request.
 * A change made on this server (onboarding, suspend, resume, retire) is seen at once; another server of a
 * cluster sees it within {@link #AT_MOST_STALE}. Whatever changes data asks the database itself
 * ({@link TenantDirectory#requireActive}), so a suspended office never takes a report, however recent.
 */
@ApplicationScoped
public class RecentOffices {

    static final Duration AT_MOST_STALE = Duration.ofSeconds(5);

    /** Unknown codes are kept too (as empty), so the bound matters: a client may name any code. */
    private final Cache<String, Optional<StreetOffice>> offices = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumSize(10_000).build();

    Optional<StreetOffice> find(String code, Function<String, Optional<StreetOffice>> read) {
        return offices.get(code, read);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfficeChanged change) {
        offices.invalidate(change.code());
    }
}
