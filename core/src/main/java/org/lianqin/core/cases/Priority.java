package org.lianqin.core.cases;

/** Urgent cases get the category's shorter time limits. */
public enum Priority {
    NORMAL,
    URGENT
}
