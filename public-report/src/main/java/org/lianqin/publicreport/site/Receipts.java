package org.lianqin.publicreport.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.kernel.RandomTokens;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The receipts the report form redirects to (post/redirect/get): a new report's number and access code
 * under a random name for {@link #KEPT_SECONDS}, so that the receipt page can be reloaded, and the form's
 * idempotency key pointing at it, so that the same form sent again (back, then submit) lands on the same
 * receipt instead of filing anything. The browser that sent the report holds its name in a cookie; the
 * page shows the code only to it. Kept in Payara's JCache (its Hazelcast), shared by every server of a
 * cluster like the rate limits, in memory only: the code is stored nowhere else but as a hash, and after
 * two hours the page shows the number alone.
 */
@ApplicationScoped
public class Receipts {

    static final long KEPT_SECONDS = 2 * 3600;
    private static final String CACHE = "lianqin-receipts";

    /**
     * A receipt as its page shows it: the office it was filed in, what the resident got, and the browser
     * that sent the report, the only one shown the access code.
     */
    public record Shown(String office, Receipt receipt, String browser) {

        boolean showsCodeTo(Optional<String> reader) {
            return receipt.accessCode() != null && reader.filter(browser::equals).isPresent();
        }

        private String written() {
            return String.join("\t", office, receipt.number(), receipt.accessCode() == null ? "" : receipt.accessCode(),
                    String.valueOf(receipt.repeated()), browser);
        }

        private static Shown read(String written) {
            String[] f = written.split("\t", -1);
            return new Shown(f[0], new Receipt(f[1], f[2].isEmpty() ? null : f[2], Boolean.parseBoolean(f[3])), f[4]);
        }
    }

    /** Payara's own cache manager, on its embedded Hazelcast member. */
    @Inject
    CacheManager manager;

    /** Receipts by name, and names by "office + key" ("key:" prefix). */
    private Cache<String, String> kept;

    @PostConstruct
    void open() {
        Cache<String, String> existing = manager.getCache(CACHE, String.class, String.class);
        if (existing != null) {
            kept = existing;
            return;
        }
        try {
            kept = manager.createCache(CACHE, new MutableConfiguration<String, String>().setTypes(String.class, String.class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, KEPT_SECONDS))));
        } catch (javax.cache.CacheException alreadyThere) {
            kept = manager.getCache(CACHE, String.class, String.class);
        }
    }

    /** Keeps a receipt for the browser that sent the report and answers its name. */
    String keep(String office, String idempotencyKey, Receipt receipt, String browser) {
        String name = RandomTokens.urlSafe(24);
        kept.put(name, new Shown(office, receipt, browser).written());
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            kept.put(keyOf(office, idempotencyKey), name);
        }
        return name;
    }

    /** The name of the receipt the form with this key already got in this office, if it is still kept. */
    Optional<String> ofKey(String office, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(kept.get(keyOf(office, idempotencyKey))).filter(kept::containsKey);
    }

    Optional<Shown> get(String name) {
        return Optional.ofNullable(kept.get(name)).map(Shown::read);
    }

    private static String keyOf(String office, String idempotencyKey) {
        return "key:" + office + "\n" + idempotencyKey;
    }
}
