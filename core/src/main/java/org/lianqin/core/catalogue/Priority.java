package org.lianqin.core.catalogue;

/** Urgent cases get the category's shorter time limits. */
public enum Priority {
    NORMAL,
    URGENT
}
