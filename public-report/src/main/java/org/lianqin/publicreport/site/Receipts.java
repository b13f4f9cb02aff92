package org.lianqin.publicreport.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.lianqin.core.cases.Receipt;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The receipts the report form redirects to (post/redirect/get): a new report's number and access code
 * under a random name for {@link #KEPT}, so that the receipt page can be reloaded, and the form's
 * idempotency key pointing at it, so that the same form sent again (back, then submit) lands on the same
 * receipt instead of filing anything. The browser that sent the report holds the name in a cookie; the
 * page shows the code only to it. Kept in this server's memory only: the code is stored nowhere else but
 * as a hash, and after {@link #KEPT} or a restart the page shows the number alone.
 */
@ApplicationScoped
public class Receipts {

    static final Duration KEPT = Duration.ofHours(2);
    private static final int MAX_KEPT = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A receipt as its page shows it: the office it was filed in, what the resident got, and the browser
     * that sent the report (null when it keeps no cookies), the only one shown the access code.
     */
    public record Shown(String office, Receipt receipt, String browser) {

        boolean showsCodeTo(Optional<String> reader) {
            return receipt.accessCode() != null && (browser == null || reader.filter(browser::equals).isPresent());
        }
    }

    private final Cache<String, Shown> byName = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(MAX_KEPT).build();
    private final Cache<String, String> byKey = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(MAX_KEPT).build();

    /** Keeps a receipt and answers its name. */
    String keep(String office, String idempotencyKey, Receipt receipt, Optional<String> browser) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String name = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byName.put(name, new Shown(office, receipt, browser.orElse(null)));
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            byKey.put(office + "\n" + idempotencyKey, name);
        }
        return name;
    }

    /** The name of the receipt the form with this key already got in this office, if it is still kept. */
    Optional<String> ofKey(String office, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.getIfPresent(office + "\n" + idempotencyKey)).filter(n -> byName.getIfPresent(n) != null);
    }

    Optional<Shown> get(String name) {
        return name == null || name.length() > 64 ? Optional.empty() : Optional.ofNullable(byName.getIfPresent(name));
    }
}
