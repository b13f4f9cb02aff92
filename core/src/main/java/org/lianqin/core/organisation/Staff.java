package org.lianqin.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Credentials;
import org.lianqin.core.tenancy.TenantScoped;

import java.util.EnumSet;
import java.util.Set;

/** A street office's staff member: command centre, unit officers, inspectors, leaders, admins. */
@Entity
@Table(name = "staff")
@NamedQuery(name = "Staff.findAll", query = "SELECT s FROM Staff s ORDER BY s.login")
@NamedQuery(name = "Staff.findByLogin", query = "SELECT s FROM Staff s WHERE s.login = :login")
public class Staff extends TenantScoped {

    @Column(nullable = false, length = 64)
    private String login;

    @Column(nullable = false, length = 64)
    private String name;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "squad_id")
    private Squad squad;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Embedded
    private Credentials credentials;

    @Column(nullable = false)
    private boolean active = true;

    protected Staff() {
    }

    public Staff(String login, String name, Unit unit, Set<Role> roles, String passwordHash) {
        this.login = login;
        this.name = name;
        this.unit = unit;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.credentials = new Credentials(passwordHash, false);
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public Unit unit() {
        return unit;
    }

    public Squad squad() {
        return squad;
    }

    /** Makes the staff member a member of the squad (or of none, with null). */
    public void joinSquad(Squad squad) {
        this.squad = squad;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** This staff member as the actor of workflow steps. */
    public Actor asActor() {
        return Actor.staff(login, name, roles(), unit == null ? null : unit.id());
    }

    public boolean active() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    /** The account's password and sign-in lock. */
    public Credentials credentials() {
        return credentials;
    }

    /** The admin's changes: the name, the roles, the unit (for unit officers) and the squad. */
    public void assign(String name, Set<Role> roles, Unit unit, Squad squad) {
        this.name = name;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.unit = unit;
        this.squad = squad;
    }

    public void activate() {
        active = true;
    }
}
