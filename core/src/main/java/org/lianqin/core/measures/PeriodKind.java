package org.lianqin.core.measures;

/** The length of a period the measures are read for. */
public enum PeriodKind {
    DAY("日", "day"),
    WEEK("周", "week"),
    MONTH("月", "month"),
    QUARTER("季度", "quarter"),
    YEAR("年", "year");

    private final String zh;
    private final String en;

    PeriodKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
