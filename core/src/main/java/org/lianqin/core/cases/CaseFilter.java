package org.lianqin.core.cases;

import java.time.Instant;
import java.util.Set;

/**
 * What a case list shows. Empty sets and nulls mean "any". {@code text} matches a case number prefix,
 * or words in the address or description.
 */
public record CaseFilter(Set<CaseState> states, Set<SourceChannel> channels, String categoryCode, Long gridId,
                         Long unitId, Boolean overdue, String text, Instant reportedFrom, Instant reportedTo) {

    public static CaseFilter any() {
        return new CaseFilter(Set.of(), Set.of(), null, null, null, null, null, null, null);
    }

    public CaseFilter withStates(Set<CaseState> s) {
        return new CaseFilter(s, channels, categoryCode, gridId, unitId, overdue, text, reportedFrom, reportedTo);
    }

    public CaseFilter withText(String t) {
        return new CaseFilter(states, channels, categoryCode, gridId, unitId, overdue, t, reportedFrom, reportedTo);
    }

    public CaseFilter withUnit(Long u) {
        return new CaseFilter(states, channels, categoryCode, gridId, u, overdue, text, reportedFrom, reportedTo);
    }

    public CaseFilter withOverdue(Boolean o) {
        return new CaseFilter(states, channels, categoryCode, gridId, unitId, o, text, reportedFrom, reportedTo);
    }
}
