package org.lianqin.core.cases;

import java.time.Instant;
import java.util.Set;

/**
 * What a case list shows. Empty sets and nulls mean "any". {@code text} matches a case number prefix,
 * or words in the address or description; {@code counted} keeps the cases a measure counts (with the
 * period in {@code reportedFrom}/{@code reportedTo}, the cases behind a figure).
 */
public record CaseFilter(Set<CaseState> states, Set<SourceChannel> channels, String categoryCode, Long gridId,
                         Long unitId, Boolean overdue, String text, Instant reportedFrom, Instant reportedTo,
                         Counted counted) {

    public CaseFilter(Set<CaseState> states, Set<SourceChannel> channels, String categoryCode, Long gridId,
                      Long unitId, Boolean overdue, String text, Instant reportedFrom, Instant reportedTo) {
        this(states, channels, categoryCode, gridId, unitId, overdue, text, reportedFrom, reportedTo, null);
    }

    public static CaseFilter any() {
        return new CaseFilter(Set.of(), Set.of(), null, null, null, null, null, null, null);
    }

    public CaseFilter withStates(Set<CaseState> s) {
        return new CaseFilter(s, channels, categoryCode, gridId, unitId, overdue, text, reportedFrom, reportedTo, counted);
    }

    public CaseFilter withText(String t) {
        return new CaseFilter(states, channels, categoryCode, gridId, unitId, overdue, t, reportedFrom, reportedTo, counted);
    }

    public CaseFilter withUnit(Long u) {
        return new CaseFilter(states, channels, categoryCode, gridId, u, overdue, text, reportedFrom, reportedTo, counted);
    }

    public CaseFilter withOverdue(Boolean o) {
        return new CaseFilter(states, channels, categoryCode, gridId, unitId, o, text, reportedFrom, reportedTo, counted);
    }

    /** The cases a measure counts among those reported in [from, to). */
    public CaseFilter behind(Counted c, Instant from, Instant to) {
        return new CaseFilter(states, channels, categoryCode, gridId, unitId, overdue, text, from, to, c);
    }
}
