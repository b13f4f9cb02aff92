package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;

/**
 * The cases a measure counts, so that a list can show the cases behind a figure. The same definitions as
 * the measures' counts over {@code case_measure} (see {@code docs/measures.md}); MeasuresIT checks that a
 * list filtered by each of these holds as many cases as the figure says.
 */
public enum Counted {
    /** every case reported */
    REPORTED("上报", "reported"),
    /** 立案: registered, not rejected or merged */
    REGISTERED("立案", "registered"),
    /** registered and handled (a result that stands) or closed */
    HANDLED("处置", "handled"),
    /** 应结案: registered and closed, or past the handling deadline */
    DUE("应结案", "due"),
    /** 缓办: due and deferred */
    DEFERRED("缓办", "deferred"),
    /** 结案: closed, not deferred */
    CLOSED("结案", "closed"),
    /** 按期结案: closed by the deadline, not deferred */
    CLOSED_ON_TIME("按期结案", "closed on time"),
    /** 返工: handled after at least one failed verification */
    REWORKED("返工", "reworked"),
    /** 超期: registered, not deferred, closed after the deadline or open past it */
    OVERDUE("超期", "overdue"),
    /** rated by the resident */
    RATED("已评价", "rated"),
    /** rated 4 or 5 of 5 */
    SATISFIED("满意", "satisfied");

    private final Refusal.Label label;

    Counted(String zh, String en) {
        this.label = new Refusal.Label(zh, en);
    }

    public Refusal.Label label() {
        return label;
    }
}
