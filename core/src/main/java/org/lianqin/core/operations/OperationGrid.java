package org.lianqin.core.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.tenancy.TenantScoped;

/** A grid the operation covers. */
@Entity
@Table(name = "joint_operation_grid")
class OperationGrid extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "operation_id", updatable = false)
    private JointOperation operation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "grid_id", updatable = false)
    private Grid grid;

    protected OperationGrid() {
    }

    OperationGrid(JointOperation operation, Grid grid) {
        this.operation = operation;
        this.grid = grid;
    }

    Grid grid() {
        return grid;
    }
}
