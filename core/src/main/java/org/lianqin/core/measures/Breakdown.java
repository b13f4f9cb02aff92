package org.lianqin.core.measures;

/**
 * One row of a measures table: a channel, category, unit, grid or person, by its key (a code, an id or a
 * login, what the board's filter takes) and names, with its figures compared (no times: those are the
 * office's).
 */
public record Breakdown(String key, String nameZh, String nameEn, Compared<Figures> figures) {
}
