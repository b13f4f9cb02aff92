package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** A district admin's own tokens for the provisioning API: issued (shown once), listed, revoked. */
@Stateless
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SYSTEM})
public class DistrictTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Refusal.Label NAME = new Refusal.Label("令牌用途", "What the token is for");

    /** A token as its holder sees it: never the token itself. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DistrictLog log;

    public List<TokenInfo> tokens(Actor by) {
        return em.createNamedQuery("DistrictToken.ofUser", DistrictToken.class).setParameter("login", by.login())
                .getResultStream().map(DistrictTokens::info).toList();
    }

    /** A new token for the calling district admin; shown this once, only its hash is kept. */
    public String issue(String name, Actor by) {
        String purpose = Texts.required(name, 64, NAME);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = "lqd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        register(by.login(), purpose, token);
        log.record(by, "issue-token", null, purpose);
        return token;
    }

    /** Keeps a token chosen elsewhere (the demo data's published one). */
    @RolesAllowed(Roles.SYSTEM)
    public void register(String login, String name, String token) {
        DistrictUser user = em.createNamedQuery("DistrictUser.findByLogin", DistrictUser.class).setParameter("login", login)
                .getSingleResult();
        em.persist(new DistrictToken(user, name, ApiKeys.hash(token), clock.instant()));
    }

    public TokenInfo revoke(long id, Actor by) {
        DistrictToken token = em.find(DistrictToken.class, id);
        if (token == null || !token.user().login().equals(by.login())) {
            throw new WorkflowException(Refusal.TOKEN_UNKNOWN);
        }
        if (token.revokedAt() == null) {
            token.revoke(clock.instant());
            log.record(by, "revoke-token", null, token.name());
        }
        return info(token);
    }

    private static TokenInfo info(DistrictToken t) {
        return new TokenInfo(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
    }
}
