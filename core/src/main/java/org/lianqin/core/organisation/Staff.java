package org.lianqin.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Duration;
import java.time.Instant;
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

    /** A PBKDF2 hash in Jakarta Security's format; never the password. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The password is a one-time one (new account, or reset by an admin): it must be changed at sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected Staff() {
    }

    public Staff(String login, String name, Unit unit, Set<Role> roles, String passwordHash) {
        this.login = login;
        this.name = name;
        this.unit = unit;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
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

    public String passwordHash() {
        return passwordHash;
    }

    /** Locked against sign-in at this instant, after too many failed attempts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** One more failed sign-in; the {@code limit}-th in a row locks the account for {@code lockFor}. */
    public void signInFailed(Instant now, int limit, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** Gives the account a one-time password (new, or reset by an admin), to be replaced at the next sign-in. */
    public void oneTimePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = true;
        failedSignIns = 0;
        lockedUntil = null;
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

    /** Lifts a lock after too many failed sign-ins. */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** The person's own new password. */
    public void changePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = false;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }
}
