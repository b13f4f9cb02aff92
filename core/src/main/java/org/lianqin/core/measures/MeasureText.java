package org.lianqin.core.measures;

import java.text.NumberFormat;
import java.util.Locale;

/** How figures are written for people (dashboards, reports, exports): counts and rates in the reader's locale, and their changes. */
public final class MeasureText {

    private MeasureText() {
    }

    public static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A share as a percentage with one decimal ("66.7%"), or "—" when there was nothing to share. */
    public static String rate(Double share, Locale locale) {
        if (share == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** Hours (or a score) to one decimal: "9.8", "24.0"; "—" for none. */
    public static String hours(Double hours, Locale locale) {
        if (hours == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(hours);
    }

    /** The change of a count against another: "+12.5%", "−3.1%", "—" when the other was 0. */
    public static String countChange(long now, long before, Locale locale) {
        Double change = Compared.change(now, before);
        if (change == null) {
            return "—";
        }
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + rate(Math.abs(change), locale);
    }

    /** The change of a rate in percentage points: "+3.2 个百分点", "−1.0 pp". */
    public static String rateChange(Double now, Double before, Locale locale) {
        if (now == null || before == null) {
            return "—";
        }
        double points = (now - before) * 100;
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String sign = points > 0.05 ? "+" : points < -0.05 ? "−" : "±";
        return sign + f.format(Math.abs(points)) + ("en".equals(locale.getLanguage()) ? " pp" : " 个百分点");
    }

    /** A share in percent to one decimal, as a number for a table to export (66.7); nothing for none. */
    public static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}
