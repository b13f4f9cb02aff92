package org.lianqin.core.organisation;

/**
 * The grids of a street office were added, reshaped or imported: fired inside the change's transaction,
 * so that what keeps a copy of them ({@code GridMaps}) drops it once the change has committed.
 */
public record GridsChanged(String tenant) {
}
