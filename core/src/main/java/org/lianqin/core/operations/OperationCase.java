package org.lianqin.core.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.cases.Case;
import org.lianqin.core.tenancy.TenantScoped;

/** A case the operation produced (or dealt with). */
@Entity
@Table(name = "joint_operation_case")
class OperationCase extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "operation_id", updatable = false)
    private JointOperation operation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    protected OperationCase() {
    }

    OperationCase(JointOperation operation, Case caseFile) {
        this.operation = operation;
        this.caseFile = caseFile;
    }

    Case caseFile() {
        return caseFile;
    }
}
