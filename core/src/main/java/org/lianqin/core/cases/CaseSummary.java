package org.lianqin.core.cases;

import org.lianqin.core.catalogue.Priority;

import java.time.Instant;

/** A line of a case list. */
public record CaseSummary(String number, CaseState state, SourceChannel channel, Priority priority,
                          String categoryCode, String categoryName, String gridCode, String unitName,
                          String address, Instant reportedAt, Instant handleDeadline, boolean overdue) {

    static CaseSummary of(Case c) {
        return new CaseSummary(c.number(), c.state(), c.channel(), c.priority(), c.category().code(),
                c.category().nameZh(), c.grid() == null ? null : c.grid().code(),
                c.unit() == null ? null : c.unit().name(), c.place().address(), c.reportedAt(),
                c.handleDeadline(), c.overdue());
    }
}
