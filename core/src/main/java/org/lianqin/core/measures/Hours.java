package org.lianqin.core.measures;

/** The median and 90th percentile of a time in working hours, over {@code cases} cases (nulls when none). */
public record Hours(Double median, Double p90, long cases) {

    static final Hours NONE = new Hours(null, null, 0);

    /** Nearest-rank percentiles of working minutes, sorted ascending, in hours. */
    static Hours of(int[] sortedMinutes, int n) {
        if (n == 0) {
            return NONE;
        }
        return new Hours(rank(sortedMinutes, n, 0.5) / 60.0, rank(sortedMinutes, n, 0.9) / 60.0, n);
    }

    /** The value at rank ⌈q·n⌉ (1-based), as the nearest-rank method takes it. */
    static int rank(int[] sorted, int n, double q) {
        int r = (int) Math.ceil(q * n);
        return sorted[Math.max(0, r - 1)];
    }
}
