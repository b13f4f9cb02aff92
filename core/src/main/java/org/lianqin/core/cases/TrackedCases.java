package org.lianqin.core.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reporter's view of a case with its access code's hash, kept {@link #AT_MOST_STALE} after it was
 * read, for {@link ResidentCases#track}: a resident who reloads the tracking page, or an app that polls it,
 * costs one reading of the case (six queries) every few seconds instead of one per request. The code is
 * checked against the kept hash on every request, exactly as against the stored one. Keyed by street
 * office and number; a change of the case made on this server drops it when the change commits
 * ({@link CaseChanged}), another server of a cluster shows it within {@link #AT_MOST_STALE}. Unknown
 * numbers are not kept.
 */
@ApplicationScoped
public class TrackedCases {

    static final Duration AT_MOST_STALE = Duration.ofSeconds(10);

    /** What a tracking request needs: the stored hash of the code and the reporter's view. */
    record Tracked(String accessCodeHash, PublicCase view) {
    }

    private final Cache<List<String>, Tracked> cases = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumSize(50_000).build();

    /** The kept view of the office's case, or {@code read} (empty for no such case, which is not kept). */
    Optional<Tracked> get(String office, String number, Supplier<Optional<Tracked>> read) {
        // one load per key, which a concurrent invalidation waits for: a read from before a change never
        // lands after the change dropped the entry (no value, null, is not kept)
        return Optional.ofNullable(cases.get(List.of(office, number), k -> read.get().orElse(null)));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged change) {
        CaseNumber.parse(change.number()).ifPresent(n -> cases.invalidate(List.of(n.office().toLowerCase(Locale.ROOT), n.toString())));
    }
}
