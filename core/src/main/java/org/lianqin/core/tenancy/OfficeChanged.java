package org.lianqin.core.tenancy;

/**
 * A street office was created or changed its state: fired inside the change's transaction, so that the
 * copies {@link RecentOffices} keeps are dropped once it commits.
 */
public record OfficeChanged(String code) {
}
