package org.lianqin.core.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.exports.Table;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.TenantContext;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The current street office's measures. Every figure is a count over {@code case_measure} that
 * {@code docs/measures.md} spells out as SQL, so a leader's number can be checked by a query.
 */
@Stateless
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN, Roles.SYSTEM})
public class Measures {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    /** The periods a measure compares: this one, the one before (环比), the same one a year before (同比). */
    public static Compared<Period> compared(Period period) {
        return new Compared<>(period, period.previous(), period.yearBefore());
    }

    /** The office's figures for the period with both comparisons, by channel and category, and its joint operations. */
    public OfficeMeasures of(Period period, MeasureFilter filter) {
        String office = TenantContext.require();
        Compared<Period> periods = compared(period);
        Instant asOf = clock.instant();
        MeasureSql sql = sql(office, periods, filter);
        Compared<Figures> figures = figures(sql.counts(null, asOf).get(""), sql.hours());
        List<Breakdown> channels = breakdown(sql, Dimension.CHANNEL, asOf, office);
        List<Breakdown> categories = breakdown(sql, Dimension.CATEGORY_GROUP, asOf, office);
        Map<String, long[]> ops = MeasureSql.operations(em, office, periods);
        List<OfficeMeasures.OperationResults> results = new ArrayList<>();
        ops.forEach((kind, n) -> {
            if (!kind.isEmpty()) {
                results.add(new OfficeMeasures.OperationResults(kind, new Compared<>(n[0], n[1], n[2])));
            }
        });
        long[] done = ops.get("");
        return new OfficeMeasures(office, periods, filter, asOf, figures, channels, categories,
                new Compared<>(done[0], done[1], done[2]), results);
    }

    /** The office's figures for the period broken down by units, grids, categories, channels or persons, most cases first. */
    public List<Breakdown> by(Dimension dimension, Period period, MeasureFilter filter) {
        String office = TenantContext.require();
        return breakdown(sql(office, compared(period), filter), dimension, clock.instant(), office);
    }

    /**
     * A measures table to take away: one row per unit, grid, category, channel or person, with the period's
     * figures, 同比 and 环比 of its cases, and the rates in percent.
     */
    public Table table(Dimension dimension, Period period, MeasureFilter filter, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<List<Object>> rows = new ArrayList<>();
        for (Breakdown b : by(dimension, period, filter)) {
            Figures now = b.figures().now();
            rows.add(java.util.Arrays.asList(en ? b.nameEn() : b.nameZh(), now.reported(), b.figures().yearBefore().reported(),
                    MeasureText.percent(Compared.change(now.reported(), b.figures().yearBefore().reported())), b.figures().previous().reported(),
                    MeasureText.percent(Compared.change(now.reported(), b.figures().previous().reported())), now.registered(), now.handled(),
                    MeasureText.percent(now.handlingRate()), now.due() - now.deferred(), now.closed(), MeasureText.percent(now.closureRate()),
                    now.closedOnTime(), MeasureText.percent(now.onTimeRate()), now.reworked(), now.overdue(), now.rated(),
                    MeasureText.percent(now.satisfactionRate())));
        }
        String title = period.label(locale) + (en ? " by " + dimension.name().toLowerCase(Locale.ROOT) : " 分" + switch (dimension) {
            case CHANNEL -> "来源";
            case CATEGORY_GROUP -> "大类";
            case CATEGORY -> "小类";
            case UNIT -> "单位";
            case GRID -> "网格";
            case HANDLER -> "处置人";
        });
        return new Table(title, en
                ? List.of("Name", "Reported", "A year before", "Year on year %", "Period before", "On the period before %",
                "Registered", "Handled", "Handling rate %", "Due (not deferred)", "Closed", "Closure rate %", "Closed on time",
                "On-time closure rate %", "Reworked", "Overdue", "Rated", "Satisfaction rate %")
                : List.of("名称", "上报", "去年同期", "同比%", "上期", "环比%", "立案", "处置", "管事率%", "应结案（不含缓办）", "结案",
                "结案率%", "按期结案", "按期结案率%", "返工", "超期", "评价", "满意率%"), rows);
    }


    /** Cases reported per month of the year and of the year before: [0] this year, [1] the year before, 12 each. */
    public long[][] monthly(int year, MeasureFilter filter) {
        String office = TenantContext.require();
        Period y = new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
        MeasureSql sql = sql(office, new Compared<>(y, y.previous(), y.previous()), filter);
        return sql.monthly();
    }

    private MeasureSql sql(String office, Compared<Period> periods, MeasureFilter filter) {
        Long categoryId = null;
        boolean group = false;
        if (filter.categoryCode() != null) {
            List<?> rows = em.createNativeQuery("SELECT id, parent_id FROM category WHERE tenant_id = ? AND code = ?")
                    .setHint(MeasureSql.NATIVE, true).setParameter(1, office).setParameter(2, filter.categoryCode())
                    .getResultList();
            if (rows.isEmpty()) {
                throw new WorkflowException(Refusal.CATEGORY_UNKNOWN, filter.categoryCode());
            }
            Object[] r = (Object[]) rows.get(0);
            categoryId = ((Number) r[0]).longValue();
            group = r[1] == null;
        }
        return new MeasureSql(em, office, periods, filter, categoryId, group);
    }

    static Compared<Figures> figures(long[][] counts, Hours[][] hours) {
        Figures[] f = new Figures[3];
        for (int i = 0; i < 3; i++) {
            f[i] = figures(counts == null ? null : counts[i]);
            if (hours != null) {
                f[i] = f[i].withHours(hours[i][0], hours[i][1], hours[i][2], hours[i][3]);
            }
        }
        return new Compared<>(f[0], f[1], f[2]);
    }

    private static Figures figures(long[] c) {
        return c == null ? Figures.NONE : new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                Hours.NONE, Hours.NONE, Hours.NONE, Hours.NONE);
    }

    private List<Breakdown> breakdown(MeasureSql sql, Dimension dimension, Instant asOf, String office) {
        Map<String, String[]> names = MeasureSql.names(em, office, dimension);
        List<Breakdown> rows = new ArrayList<>();
        sql.counts(dimension, asOf).forEach((key, counts) -> {
            String[] name = names.get(key);
            if (dimension == Dimension.CHANNEL) {
                SourceChannel channel = SourceChannel.valueOf(key);
                name = new String[] {key, channel.label().zh(), channel.label().en()};
            } else if (name == null) {
                name = new String[] {key, "（无）", "(none)"};
            }
            rows.add(new Breakdown(name[0], name[1], name[2], figures(counts, null)));
        });
        Collator zh = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        rows.sort(Comparator.comparingLong((Breakdown b) -> -b.figures().now().reported())
                .thenComparing(Breakdown::nameZh, zh));
        return rows;
    }

    /** The first instant of the day in Beijing: where a period's cases begin on a list. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkCalendar.CHINA).toInstant();
    }
}
