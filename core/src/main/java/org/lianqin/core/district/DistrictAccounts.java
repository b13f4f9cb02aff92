package org.lianqin.core.district;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.security.PasswordCheck;
import org.lianqin.core.security.SignInResult;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The transactional half of {@link DistrictSignIn}: each call commits on its own. Global: no tenant. */
@Stateless
@PermitAll
public class DistrictAccounts {

    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    PasswordCheck check;

    public SignInResult attempt(String login, char[] password) {
        Optional<DistrictUser> found = locked(login);
        if (found.isEmpty()) {
            check.spend(password);
            return SignInResult.refused(SignInResult.Outcome.INVALID, null);
        }
        DistrictUser user = found.get();
        return switch (check.attempt(user.credentials(), password)) {
            case LOCKED -> SignInResult.refused(SignInResult.Outcome.LOCKED, user.credentials().lockedUntil());
            case WRONG -> SignInResult.refused(SignInResult.Outcome.INVALID, null);
            case RIGHT -> SignInResult.district(user.name(), user.credentials().passwordChangeRequired());
        };
    }

    public boolean checkPresent(String login, char[] password) {
        return locked(login).map(u -> check.isPresent(u.credentials(), password)).orElse(false);
    }

    public void setOwnPassword(String login, char[] next) {
        DistrictUser user = locked(login).orElseThrow(() -> new WorkflowException(Refusal.PASSWORD_WRONG));
        check.setOwn(user.credentials(), login, next);
    }

    public Optional<Actor> actor(String login) {
        return em.createNamedQuery("DistrictUser.findByLogin", DistrictUser.class).setParameter("login", login)
                .getResultStream().findFirst().filter(DistrictUser::active).map(DistrictUser::asActor);
    }

    /** The district admin whose active token this is, noting its use at most once a minute. */
    public Optional<String> tokenHolder(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Optional<DistrictToken> found = em.createNamedQuery("DistrictToken.byHash", DistrictToken.class)
                .setParameter("hash", ApiKeys.hash(token)).getResultStream().findFirst();
        found.ifPresent(t -> {
            Instant now = check.now();
            em.createNamedQuery("DistrictToken.used").setParameter("now", now).setParameter("id", t.id())
                    .setParameter("before", now.minus(USE_RESOLUTION)).executeUpdate();
        });
        return found.map(t -> t.user().login());
    }

    private Optional<DistrictUser> locked(String login) {
        return em.createNamedQuery("DistrictUser.findByLogin", DistrictUser.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().filter(DistrictUser::active);
    }
}
