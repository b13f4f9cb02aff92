package org.lianqin.core.measures;

import org.lianqin.core.cases.SourceChannel;

/**
 * Which of the office's cases the measures count: all (every field null), or those of one unit, grid,
 * category (a 大类 code such as "01" takes its 小类 too), channel or handling person (login).
 */
public record MeasureFilter(Long unitId, Long gridId, String categoryCode, SourceChannel channel, String handler) {

    public static MeasureFilter all() {
        return new MeasureFilter(null, null, null, null, null);
    }

    public MeasureFilter withUnit(Long unit) {
        return new MeasureFilter(unit, gridId, categoryCode, channel, handler);
    }

    public MeasureFilter withGrid(Long grid) {
        return new MeasureFilter(unitId, grid, categoryCode, channel, handler);
    }

    public MeasureFilter withCategory(String code) {
        return new MeasureFilter(unitId, gridId, code, channel, handler);
    }

    public MeasureFilter withChannel(SourceChannel c) {
        return new MeasureFilter(unitId, gridId, categoryCode, c, handler);
    }

    public MeasureFilter withHandler(String login) {
        return new MeasureFilter(unitId, gridId, categoryCode, channel, login);
    }
}
