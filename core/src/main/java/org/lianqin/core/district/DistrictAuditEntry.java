package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.kernel.Actor;

import java.time.Instant;

/** One thing a district admin did, kept in the district's own trail; never changed or deleted. */
@Entity
@Table(name = "district_audit")
@NamedQuery(name = "DistrictAuditEntry.newest", query = "SELECT e FROM DistrictAuditEntry e ORDER BY e.at DESC, e.id DESC")
public class DistrictAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_login", nullable = false, length = 64, updatable = false)
    private String actorLogin;

    @Column(name = "actor_name", nullable = false, length = 64, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 32, updatable = false)
    private String action;

    @Column(length = 32, updatable = false)
    private String office;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected DistrictAuditEntry() {
    }

    DistrictAuditEntry(Instant at, Actor by, String action, String office, String detail) {
        this.at = at;
        this.actorLogin = by.login();
        this.actorName = by.name() == null ? by.login() : by.name();
        this.action = action;
        this.office = office;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Instant at() {
        return at;
    }

    public String actorLogin() {
        return actorLogin;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String office() {
        return office;
    }

    public String detail() {
        return detail;
    }
}
