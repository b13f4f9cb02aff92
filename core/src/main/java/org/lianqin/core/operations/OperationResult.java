package org.lianqin.core.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** How many of a kind of result an operation achieved. */
@Entity
@Table(name = "joint_operation_result")
class OperationResult extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "operation_id", updatable = false)
    private JointOperation operation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_id", updatable = false)
    private ResultKind kind;

    @Column(nullable = false)
    private int quantity;

    protected OperationResult() {
    }

    OperationResult(JointOperation operation, ResultKind kind, int quantity) {
        this.operation = operation;
        this.kind = kind;
        this.quantity = quantity;
    }

    ResultKind kind() {
        return kind;
    }

    int quantity() {
        return quantity;
    }

    void count(int quantity) {
        this.quantity = quantity;
    }
}
