package org.lianqin.core.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.tenancy.TenantScoped;

/** A member unit that takes part. */
@Entity
@Table(name = "joint_operation_unit")
class OperationUnit extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "operation_id", updatable = false)
    private JointOperation operation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    protected OperationUnit() {
    }

    OperationUnit(JointOperation operation, Unit unit) {
        this.operation = operation;
        this.unit = unit;
    }

    Unit unit() {
        return unit;
    }
}
