package org.lianqin.core.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Integrators' keys for the current street office: checked on every Open311 POST (noting the last use),
 * issued, listed and revoked by the office's admin (and, on its behalf, by the district console). A key of another street office
 * opens nothing here: the lookup runs as the current tenant.
 */
@Stateless
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    /** The name of the integrator holding this key in the current street office, if it is one of its active keys. */
    @PermitAll
    public Optional<String> holder(String key) {
        if (key == null || key.isBlank() || key.length() > 200 || !key.equals(key.strip())) {
            return Optional.empty();   // exactly as issued: a key with spaces around it is not the key
        }
        Optional<ApiKey> found = em.createNamedQuery("ApiKey.byHash", ApiKey.class).setParameter("hash", hash(key))
                .getResultStream().findFirst();
        found.ifPresent(this::used);
        return found.map(ApiKey::name);
    }

    /**
     * Notes the key's use, at most once a minute: a bulk update that waits for no version and fails no
     * concurrent request, so that a busy integrator costs one small write a minute.
     */
    private void used(ApiKey key) {
        Instant now = clock.instant();
        em.createNamedQuery("ApiKey.used").setParameter("now", now).setParameter("id", key.id())
                .setParameter("before", now.minus(USE_RESOLUTION)).executeUpdate();
    }

    /** One key as its street office's admin sees it: never the key itself. */
    public record KeyInfo(long id, String integrator, Instant createdAt, Instant lastUsedAt, boolean active, Instant revokedAt) {
    }

    /** The street office's keys, the active ones first, newest first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN, Roles.SYSTEM})
    public List<KeyInfo> keys() {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultStream()
                .map(k -> new KeyInfo(k.id(), k.name(), k.createdAt(), k.lastUsedAt(), k.active(), k.revokedAt())).toList();
    }

    /** A new key issued by the street office's admin (or the district on its behalf), audited; the key is shown this once. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN})
    public String issue(String integrator, Actor by) {
        by.requireAdminOrDistrict(Refusal.ADMIN_ONLY_ORGANISATION);
        String key = issue(integrator);
        audit.record(by, AuditEntry.Subject.API_KEY, integrator.strip(), "create", null, "接口密钥（只保存其摘要）");
        return key;
    }

    /** Revokes the key for good, audited: it opens nothing from the next request on. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN})
    public KeyInfo revoke(long id, Actor by) {
        by.requireAdminOrDistrict(Refusal.ADMIN_ONLY_ORGANISATION);
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new WorkflowException(Refusal.API_KEY_UNKNOWN);
        }
        if (key.active()) {
            key.revoke(clock.instant());
            audit.record(by, AuditEntry.Subject.API_KEY, key.name(), "revoke", "有效", "已吊销");
        }
        return new KeyInfo(key.id(), key.name(), key.createdAt(), key.lastUsedAt(), key.active(), key.revokedAt());
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
