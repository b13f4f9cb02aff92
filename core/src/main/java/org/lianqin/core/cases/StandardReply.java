package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/**
 * 规范用语: a street office's standard wording for the note of one workflow step, for every category or
 * for a 大类/小类 and the categories under it. Staff choose one to fill the note, then adapt it.
 */
@Entity
@Table(name = "standard_reply")
@NamedQuery(name = "StandardReply.all", query = "SELECT r FROM StandardReply r ORDER BY r.step, r.categoryCode, r.id")
@NamedQuery(name = "StandardReply.ofStep", query = "SELECT r FROM StandardReply r WHERE r.step = :step ORDER BY r.id")
public class StandardReply extends TenantScoped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CaseStep step;

    @Column(name = "category_code", length = 16)
    private String categoryCode;

    @Column(nullable = false, length = 2000)
    private String text;

    protected StandardReply() {
    }

    public StandardReply(CaseStep step, String categoryCode, String text) {
        change(step, categoryCode, text);
    }

    void change(CaseStep step, String categoryCode, String text) {
        this.step = step;
        this.categoryCode = categoryCode;
        this.text = text;
    }

    /** Whether it suits a case of the category: written for every category, or for it or a category above it. */
    boolean suits(String caseCategory) {
        return categoryCode == null || (caseCategory != null && caseCategory.startsWith(categoryCode));
    }

    public CaseStep step() {
        return step;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String text() {
        return text;
    }
}
