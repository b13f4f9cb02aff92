package org.lianqin.core.duty;

import org.lianqin.core.kernel.Refusal;

/** 勤务等级, from everyday duty to the highest during major events. */
public enum DutyLevel {
    NORMAL(new Refusal.Label("三级（常态）", "level 3 (normal)")),
    HEIGHTENED(new Refusal.Label("二级（加强）", "level 2 (heightened)")),
    HIGHEST(new Refusal.Label("一级（最高）", "level 1 (highest)"));

    private final Refusal.Label label;

    DutyLevel(Refusal.Label label) {
        this.label = label;
    }

    public Refusal.Label label() {
        return label;
    }
}
