package org.lianqin.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/**
 * 成员单位: a member unit that handles cases under the street office. Never deleted, since its cases
 * point at it: a deactivated unit keeps its cases, but routing and dispatch no longer offer it.
 */
@Entity
@Table(name = "unit")
@NamedQuery(name = "Unit.findAll", query = "SELECT u FROM Unit u ORDER BY u.active DESC, u.name")
@NamedQuery(name = "Unit.findActive", query = "SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.name")
@NamedQuery(name = "Unit.findByType", query = "SELECT u FROM Unit u WHERE u.type = :type AND u.active = TRUE ORDER BY u.name")
public class Unit extends TenantScoped {

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitType type;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String name, UnitType type, String contactPhone) {
        this.name = name;
        this.type = type;
        this.contactPhone = contactPhone;
    }

    public String name() {
        return name;
    }

    public UnitType type() {
        return type;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public boolean active() {
        return active;
    }

    /** The admin's changes: the name, the kind (which decides the categories routed to it), the telephone. */
    void change(String name, UnitType type, String contactPhone) {
        this.name = name;
        this.type = type;
        this.contactPhone = contactPhone;
    }

    void activate(boolean active) {
        this.active = active;
    }
}
