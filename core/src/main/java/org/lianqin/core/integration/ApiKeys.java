package org.lianqin.core.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Integrators' keys for the current street office: checked on every Open311 POST, issued by the
 * office's admin (the district console will list and revoke them). A key of another street office
 * opens nothing here: the lookup runs as the current tenant.
 */
@Stateless
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    /** The name of the integrator holding this key in the current street office, if it is one of its active keys. */
    @PermitAll
    public Optional<String> holder(String key) {
        if (key == null || key.isBlank() || key.length() > 200 || !key.equals(key.strip())) {
            return Optional.empty();   // exactly as issued: a key with spaces around it is not the key
        }
        return em.createNamedQuery("ApiKey.byHash", ApiKey.class).setParameter("hash", hash(key))
                .getResultStream().findFirst().map(ApiKey::name);
    }

    /** A new key for an integrator; the key is shown this once and only its hash is kept. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public String issue(String integrator) {
        if (integrator == null || integrator.isBlank() || integrator.length() > 64) {
            throw new WorkflowException(Refusal.API_KEY_NAME);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = "lq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        register(integrator.strip(), key);
        return key;
    }

    /** Keeps a key chosen elsewhere (the demo data's published keys). */
    @RolesAllowed(Roles.SYSTEM)
    public void register(String integrator, String key) {
        em.persist(new ApiKey(integrator, hash(key), clock.instant()));
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
