package org.lianqin.core.operations;

/** Where a joint operation stands: planned, its results recorded, or called off (its results never recorded). */
public enum OperationStatus {
    PLANNED, DONE, CANCELLED
}
