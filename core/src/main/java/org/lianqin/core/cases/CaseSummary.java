package org.lianqin.core.cases;

import org.lianqin.core.catalogue.Priority;

import org.lianqin.core.geo.Location;

import java.time.Instant;

/** A line of a case list. */
public record CaseSummary(String number, CaseState state, SourceChannel channel, Priority priority,
                          String categoryCode, String categoryName, String gridCode, String unitName,
                          String address, Double longitude, Double latitude, Instant reportedAt,
                          Instant handleDeadline, boolean overdue) {

    static CaseSummary of(Case c) {
        return new CaseSummary(c.number(), c.state(), c.channel(), c.priority(), c.category().code(),
                c.category().nameZh(), c.grid() == null ? null : c.grid().code(),
                c.unit() == null ? null : c.unit().name(), c.place().address(), c.place().longitude(), c.place().latitude(), c.reportedAt(),
                c.handleDeadline(), c.overdue());
    }

    /** Where the case is, as far as it was given. */
    public Location place() {
        return new Location(address, longitude, latitude);
    }
}
