package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/**
 * The residents' counters of a case, kept apart from it so that they never change the version staff
 * quote: the "me too" supporters (who they are is {@link CaseSupporter}'s).
 */
@Entity
@Table(name = "case_public")
@NamedQuery(name = "CasePublic.ofCase", query = "SELECT p FROM CasePublic p WHERE p.caseFile = :case")
public class CasePublic extends TenantScoped {

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    @Column(nullable = false)
    private int supporters;

    protected CasePublic() {
    }

    CasePublic(Case caseFile) {
        this.caseFile = caseFile;
    }

    void support() {
        supporters++;
    }

    int supporters() {
        return supporters;
    }
}
