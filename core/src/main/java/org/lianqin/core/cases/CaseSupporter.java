package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** One resident's "me too" on a case, so that each counts once: who, only as a hash of their client. */
@Entity
@Table(name = "case_supporter")
@NamedQuery(name = "CaseSupporter.of", query = "SELECT s FROM CaseSupporter s WHERE s.caseFile = :case AND s.supporter = :supporter")
public class CaseSupporter extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    @Column(nullable = false, length = 64, updatable = false)
    private String supporter;

    @Column(name = "supported_at", nullable = false, updatable = false)
    private Instant supportedAt;

    protected CaseSupporter() {
    }

    CaseSupporter(Case caseFile, String supporter, Instant supportedAt) {
        this.caseFile = caseFile;
        this.supporter = supporter;
        this.supportedAt = supportedAt;
    }
}
