package org.lianqin.core.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** How much of a 小类's handling limit applies while a duty level is in force (no rule: all of it). */
@Entity
@Table(name = "duty_level_rule")
@NamedQuery(name = "DutyLevelRule.findAll", query = "SELECT r FROM DutyLevelRule r")
public class DutyLevelRule extends TenantScoped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DutyLevel level;

    @Column(name = "handle_percent", nullable = false)
    private int handlePercent;

    protected DutyLevelRule() {
    }

    public DutyLevelRule(DutyLevel level, int handlePercent) {
        this.level = level;
        this.handlePercent = handlePercent;
    }

    public DutyLevel level() {
        return level;
    }

    public int handlePercent() {
        return handlePercent;
    }

    void handlePercent(int percent) {
        this.handlePercent = percent;
    }
}
