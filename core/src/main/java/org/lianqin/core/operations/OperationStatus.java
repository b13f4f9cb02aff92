package org.lianqin.core.operations;

/** Where a joint operation stands: planned, its results recorded, or called off before it began. */
public enum OperationStatus {
    PLANNED, DONE, CANCELLED
}
