package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lianqin.core.kernel.Refusal;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Per-client limits on every write of the public APIs and site, counted in fixed ten-minute windows in
 * a JCache cache — Payara's Hazelcast one, so every server of a cluster counts together. A client over
 * its limit gets 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimits {

    /** What is limited, and how many per window and client. */
    public enum Action {
        SUBMIT(10),
        ACCESS(30),
        SUPPORT(30);

        final int perWindow;

        Action(int perWindow) {
            this.perWindow = perWindow;
        }
    }

    static final long WINDOW_SECONDS = 600;
    private static final String CACHE = "lianqin-rate-limits";

    private final Clock clock = Clock.systemUTC();
    private Cache<String, Integer> counts;

    /** Payara's own cache manager, on its embedded Hazelcast member (Caching.getCachingProvider() would find a client). */
    @Inject
    CacheManager manager;

    @PostConstruct
    void open() {
        Cache<String, Integer> existing = manager.getCache(CACHE, String.class, Integer.class);
        counts = existing != null ? existing : create(manager);
    }

    private static Cache<String, Integer> create(CacheManager manager) {
        try {
            return manager.createCache(CACHE, new MutableConfiguration<String, Integer>()
                    .setTypes(String.class, Integer.class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, 2 * WINDOW_SECONDS))));
        } catch (javax.cache.CacheException alreadyThere) {
            return manager.getCache(CACHE, String.class, Integer.class);
        }
    }

    /** Counts one more {@code action} of the client, or refuses it with 429 once over the limit. */
    public void take(String client, Action action) {
        long now = clock.millis() / 1000;
        long window = now / WINDOW_SECONDS;
        String key = action + "|" + client + "|" + window;
        int count = increment(key);
        if (count > action.perWindow) {
            long retryAfter = (window + 1) * WINDOW_SECONDS - now;
            throw new Problem.Raised(429, "Too many requests / 操作过于频繁", retryAfter, Refusal.RATE_LIMITED,
                    Math.max(1, retryAfter / 60));
        }
    }

    /** An atomic increment with compare-and-set, which every JCache implementation offers. */
    private int increment(String key) {
        while (true) {
            if (counts.putIfAbsent(key, 1)) {
                return 1;
            }
            Integer old = counts.get(key);
            if (old == null) {
                continue;
            }
            if (counts.replace(key, old, old + 1)) {
                return old + 1;
            }
        }
    }
}
