package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.PasswordCheck;

import java.time.Clock;

/** The district's start-up steps ({@link DistrictStart}), each in its own transaction. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DistrictSeeder {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    PasswordCheck passwords;

    @Inject
    Clock clock;

    /** The built-in templates the district does not have yet; those it has are never touched. */
    public int addMissingTemplates() {
        int added = 0;
        for (BuiltInTemplates.BuiltIn builtIn : BuiltInTemplates.ALL) {
            if (em.createNamedQuery("OfficeTemplate.findByCode", OfficeTemplate.class).setParameter("code", builtIn.code())
                    .getResultList().isEmpty()) {
                em.persist(new OfficeTemplate(builtIn.code(), builtIn.name(), builtIn.kind(), builtIn.content(), null,
                        "system", clock.instant()));
                added++;
            }
        }
        return added;
    }

    public boolean hasDistrictAdmin() {
        return em.createNamedQuery("DistrictUser.count", Long.class).getSingleResult() > 0;
    }

    public void addDistrictAdmin(String login, String name, String password, boolean oneTime) {
        em.persist(new DistrictUser(login, name, passwords.hash(password.toCharArray()), oneTime, clock.instant()));
    }
}
