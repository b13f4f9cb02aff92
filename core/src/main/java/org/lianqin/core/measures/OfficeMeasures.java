package org.lianqin.core.measures;

import java.time.Instant;
import java.util.List;

/**
 * A street office's measures for a period (or those of one unit, grid, category, channel or person): its
 * figures compared, its cases by channel and by category (大类), its joint operations and their results.
 */
public record OfficeMeasures(String office, Compared<Period> periods, MeasureFilter filter, Instant asOf,
                             Compared<Figures> figures, List<Breakdown> channels, List<Breakdown> categories,
                             Compared<Long> operations, List<OperationResults> results) {

    /** How many of a kind of result (stalls removed, vendors persuaded …) the operations recorded. */
    public record OperationResults(String kind, Compared<Long> quantity) {
    }
}
