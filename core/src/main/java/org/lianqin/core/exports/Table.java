package org.lianqin.core.exports;

import java.util.List;

/** A table to export: its title (the sheet's name), its head and its rows of cells (text or numbers). */
public record Table(String title, List<String> head, List<List<Object>> rows) {

    public Table {
        head = List.copyOf(head);
        rows = List.copyOf(rows);
    }
}
