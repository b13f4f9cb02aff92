package org.lianqin.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** 联勤分队: a squad of the joint-duty brigade; it patrols the grids it is responsible for. */
@Entity
@Table(name = "squad")
@NamedQuery(name = "Squad.findAll", query = "SELECT s FROM Squad s ORDER BY s.name")
public class Squad extends TenantScoped {

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "leader_name", length = 64)
    private String leaderName;

    protected Squad() {
    }

    public Squad(String name, String leaderName) {
        this.name = name;
        this.leaderName = leaderName;
    }

    public String name() {
        return name;
    }

    public String leaderName() {
        return leaderName;
    }
}
