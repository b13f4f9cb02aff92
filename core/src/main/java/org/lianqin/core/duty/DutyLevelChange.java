package org.lianqin.core.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** One raising or lowering of the duty level; the latest is in force. Never changed afterwards. */
@Entity
@Table(name = "duty_level_change")
@NamedQuery(name = "DutyLevelChange.latest", query = "SELECT c FROM DutyLevelChange c ORDER BY c.changedAt DESC, c.id DESC")
class DutyLevelChange extends TenantScoped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DutyLevel level;

    @Column(length = 200, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected DutyLevelChange() {
    }

    DutyLevelChange(DutyLevel level, String reason, String changedBy, Instant changedAt) {
        this.level = level;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    DutyLevel level() {
        return level;
    }

    String reason() {
        return reason;
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
