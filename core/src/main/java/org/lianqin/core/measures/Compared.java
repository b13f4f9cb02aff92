package org.lianqin.core.measures;

import java.util.function.Function;

/** A figure for the period, the period before (环比) and the same period a year before (同比). */
public record Compared<T>(T now, T previous, T yearBefore) {

    public <R> Compared<R> map(Function<T, R> f) {
        return new Compared<>(f.apply(now), f.apply(previous), f.apply(yearBefore));
    }

    /** The change against a year before, as a fraction (0.25 = up 25 %); null where there is nothing to compare. */
    public static Double change(Number now, Number before) {
        if (now == null || before == null || before.doubleValue() == 0) {
            return null;
        }
        return now.doubleValue() / before.doubleValue() - 1;
    }
}
