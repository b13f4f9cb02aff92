package org.lianqin.core.catalogue;

import java.util.List;

import org.lianqin.core.organisation.UnitType;

/** A category as lists and forms show it. */
public record CategoryView(String code, String parentCode, String nameZh, String nameEn, boolean publicVisible,
                           UnitType unitType, int registerHours, int dispatchHours, int handleHours,
                           int urgentHandleHours, List<Questions.Question> questions) {

    static CategoryView of(Category c) {
        TimeLimits l = c.limits();
        return new CategoryView(c.code(), c.parent() == null ? null : c.parent().code(), c.nameZh(), c.nameEn(),
                c.publicVisible(), c.unitType(), l.registerHours(), l.dispatchHours(), l.handleHours(false),
                l.handleHours(true), c.questions());
    }
}
