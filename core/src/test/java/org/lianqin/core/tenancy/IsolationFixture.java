package org.lianqin.core.tenancy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.organisation.UnitType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The persistence operations TenantIsolationIT tries, each in its own container transaction with the
 * default TenantInterceptor applied, exactly as core's services run.
 */
@Stateless
@PermitAll
public class IsolationFixture {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Resource(lookup = "jdbc/lianqin")
    DataSource dataSource;

    @EJB
    IsolationFixture self;

    public void ensureTenant(String code) {
        boolean exists = !em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (!exists) {
            Tenant tenant = new Tenant(code, "隔离测试 " + code, TenantKind.STREET, "测试区");
            tenant.activate();
            em.persist(tenant);
        }
    }

    /** The id of the tenant's unit of that name, created on first use. */
    public long unitNamed(String name) {
        List<Unit> found = jpqlUnits().stream().filter(u -> u.name().equals(name)).toList();
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        Unit unit = new Unit(name, UnitType.CITY_MGMT, null);
        em.persist(unit);
        em.flush();
        return unit.id();
    }

    public Unit find(long id) {
        return em.find(Unit.class, id);
    }

    public List<Unit> jpqlUnits() {
        return em.createNamedQuery("Unit.findAll", Unit.class).getResultList();
    }

    public List<Unit> criteriaUnits() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Unit> q = cb.createQuery(Unit.class);
        Root<Unit> unit = q.from(Unit.class);
        return em.createQuery(q.select(unit)).getResultList();
    }

    public List<?> nativeUnitNames() {
        return em.createNativeQuery("SELECT name FROM unit").getResultList();
    }

    public boolean inSharedCache(long id) {
        return em.getEntityManagerFactory().getCache().contains(Unit.class, id);
    }

    public void persistUnit(String name) {
        em.persist(new Unit(name, UnitType.OTHER, null));
        em.flush();
    }

    /** A staff member of the current tenant whose unit is another tenant's unit, by reference. */
    public void persistStaffWithUnit(long unitId) {
        em.persist(new Staff("cross-" + unitId, "越界", em.getReference(Unit.class, unitId),
                Set.of(Role.INSPECTOR), "x"));
        em.flush();
    }

    /** Reads as one tenant, then, in the same transaction, tries to go on as another. */
    public void switchTenantWithinTransaction(String other) {
        jpqlUnits();
        TenantContext.runAs(other, () -> self.jpqlUnits());
    }

    /** Reads straight from the table, past EclipseLink: what the database really holds. */
    public String tenantOfUnitNamed(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT tenant_id FROM unit WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
