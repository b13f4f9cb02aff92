package org.lianqin.core.cases;

/**
 * A street office's public record: cases this month and this year (registered ones, not rejected or
 * merged), the share of this year's closed, the median hours from report to closure and the average
 * satisfaction (1–5) of rated cases.
 */
public record PublicStatistics(long casesThisMonth, long casesThisYear, long closedThisYear, Double handledShare,
                               Double medianHoursToClose, Double averageSatisfaction, long ratings) {
}
