package org.lianqin.core.measures;

/** What a measures table is broken down by. */
public enum Dimension {
    CHANNEL("channel"),
    CATEGORY_GROUP("group_id"),
    CATEGORY("category_id"),
    UNIT("unit_id"),
    GRID("grid_id"),
    HANDLER("handler");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
