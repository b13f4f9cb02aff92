package org.lianqin.core.measures;

/**
 * The median and 90th percentile of a time in working hours, to a tenth of an hour (the time's working
 * minutes DIV 6, as the figures show it), nearest rank, over {@code cases} cases (nulls when none).
 */
public record Hours(Double median, Double p90, long cases) {

    static final Hours NONE = new Hours(null, null, 0);

    /** Nearest-rank percentiles of working minutes, sorted ascending. */
    static Hours of(int[] sortedMinutes, int n) {
        if (n == 0) {
            return NONE;
        }
        return new Hours(rank(sortedMinutes, n, 0.5) / 6 / 10.0, rank(sortedMinutes, n, 0.9) / 6 / 10.0, n);
    }

    /** Nearest-rank percentiles of a distribution: how many cases took each number of tenths, ascending. */
    static Hours ofDistribution(int[] tenths, long[] cases, int size) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += cases[i];
        }
        if (n == 0) {
            return NONE;
        }
        return new Hours(at(tenths, cases, size, (long) Math.ceil(0.5 * n)) / 10.0,
                at(tenths, cases, size, (long) Math.ceil(0.9 * n)) / 10.0, n);
    }

    private static int at(int[] tenths, long[] cases, int size, long rank) {
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += cases[i];
            if (seen >= Math.max(1, rank)) {
                return tenths[i];
            }
        }
        return tenths[size - 1];
    }

    /** The value at rank ⌈q·n⌉ (1-based), as the nearest-rank method takes it. */
    static int rank(int[] sorted, int n, double q) {
        int r = (int) Math.ceil(q * n);
        return sorted[Math.max(0, r - 1)];
    }
}
