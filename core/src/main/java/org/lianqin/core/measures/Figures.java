package org.lianqin.core.measures;

/**
 * One period's figures (for the office, or one unit, grid, category, channel or person), each a count of
 * the cases reported in the period, as the case stands now:
 * <ul>
 * <li>{@code registered} 立案数; {@code handled} 处置数 — 管事率 = handled ÷ registered;</li>
 * <li>{@code due} 应结案数: registered and closed, or whose handling deadline has passed; {@code deferred}
 * 缓办数 among them; {@code closed} 结案数 and {@code closedOnTime} 按期结案数, not counting deferred cases —
 * 结案率 = closed ÷ (due − deferred), 按期结案率 = closed on time ÷ (due − deferred), as CJ/T 292;</li>
 * <li>{@code reworked}: handled cases sent back at least once (返工率 = reworked ÷ handled);</li>
 * <li>{@code overdue}: registered, not deferred, closed after their deadline or still open past it;</li>
 * <li>{@code rated}, {@code satisfied} (4 or 5 of 5) — 满意率 = satisfied ÷ rated;</li>
 * <li>the times to register, dispatch, handle and close, in working hours.</li>
 * </ul>
 */
public record Figures(long reported, long registered, long handled, long due, long deferred, long closed,
                      long closedOnTime, long reworked, long overdue, long rated, long satisfied,
                      Hours toRegister, Hours toDispatch, Hours toHandle, Hours toClose) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Hours.NONE, Hours.NONE, Hours.NONE, Hours.NONE);

    /** 管事率 */
    public Double handlingRate() {
        return rate(handled, registered);
    }

    /** 结案率 */
    public Double closureRate() {
        return rate(closed, due - deferred);
    }

    /** 按期结案率 */
    public Double onTimeRate() {
        return rate(closedOnTime, due - deferred);
    }

    /** 返工率 */
    public Double reworkRate() {
        return rate(reworked, handled);
    }

    /** 满意率 */
    public Double satisfactionRate() {
        return rate(satisfied, rated);
    }

    Figures withHours(Hours register, Hours dispatch, Hours handle, Hours close) {
        return new Figures(reported, registered, handled, due, deferred, closed, closedOnTime, reworked, overdue,
                rated, satisfied, register, dispatch, handle, close);
    }

    static Double rate(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
