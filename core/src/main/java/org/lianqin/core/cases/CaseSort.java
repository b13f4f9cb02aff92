package org.lianqin.core.cases;

/** The orders a case list can be read in; each is backed by an index that starts with the tenant. */
public enum CaseSort {
    NEWEST_FIRST,
    OLDEST_FIRST,
    DEADLINE_FIRST
}
