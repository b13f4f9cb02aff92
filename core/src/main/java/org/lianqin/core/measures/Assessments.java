package org.lianqin.core.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.TenantContext;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 监督考核 of the member units: per unit and period a professional score from the measures, the command
 * centre's organisational score (with its reason), a public score from residents' satisfaction, and a
 * composite with the weights the street office set; ranked.
 * <ul>
 * <li>professional (专业评定) = 100 × (0.4 × 按期结案率 + 0.3 × 管事率 + 0.3 × (1 − 返工率)) over the cases
 * dispatched to the unit, over the rates there are (a rate with nothing under it leaves, its weight shared
 * out over the others); none while it had no registered case;</li>
 * <li>public (社会评判) = 100 × 满意率; none while no case of the unit was rated;</li>
 * <li>composite = the weighted mean of the parts there are (the weights of missing parts shared out over
 * the others); none when no part is there.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN, Roles.SYSTEM})
public class Assessments {

    public static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    Measures measures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The weights of the three parts, in percent; 60/20/20 until the street office sets its own. */
    public record Weights(int professional, int organisational, int publicPart) {
    }

    /** A unit's assessment for the period; a part (or the composite) is null where it has nothing to rest on. */
    public record UnitScore(long unitId, String unitName, Figures figures, Double professional, Integer organisational,
                            String organisationalReason, Double publicScore, Double composite, Integer rank) {
    }

    public Weights weights() {
        List<?> rows = em.createNativeQuery("SELECT professional, organisational, public_part FROM assessment_weight WHERE tenant_id = ?")
                .setHint(MeasureSql.NATIVE, true).setParameter(1, TenantContext.require()).getResultList();
        if (rows.isEmpty()) {
            return new Weights(60, 20, 20);
        }
        Object[] r = (Object[]) rows.get(0);
        return new Weights(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue());
    }

    @RolesAllowed({Roles.LEADER, Roles.TENANT_ADMIN, Roles.SYSTEM})
    public Weights setWeights(Weights w, Actor by) {
        by.requireOneOf(Refusal.ROLE, Role.LEADER, Role.TENANT_ADMIN);
        if (w.professional() < 0 || w.organisational() < 0 || w.publicPart() < 0
                || w.professional() + w.organisational() + w.publicPart() != 100) {
            throw new WorkflowException(Refusal.ASSESSMENT_WEIGHTS);
        }
        Weights before = weights();
        em.createNativeQuery("INSERT INTO assessment_weight (tenant_id, professional, organisational, public_part, changed_by, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE professional = VALUES(professional),"
                        + " organisational = VALUES(organisational), public_part = VALUES(public_part),"
                        + " changed_by = VALUES(changed_by), changed_at = VALUES(changed_at)")
                .setHint(MeasureSql.NATIVE, true).setParameter(1, TenantContext.require())
                .setParameter(2, w.professional()).setParameter(3, w.organisational()).setParameter(4, w.publicPart())
                .setParameter(5, by.login()).setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        audit.record(by, AuditEntry.Subject.ASSESSMENT, "weights", "change", text(before), text(w));
        return w;
    }

    /** 组织评价: the command centre scores a unit for a period, 0–100, with its reason; a second score replaces the first. */
    @RolesAllowed({Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.SYSTEM})
    public void scoreUnit(long unitId, Period period, int score, String reason, Actor by) {
        by.requireOneOf(Refusal.ROLE, Role.DISPATCHER, Role.TENANT_ADMIN);
        if (score < 0 || score > 100) {
            throw new WorkflowException(Refusal.ASSESSMENT_SCORE);
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException(Refusal.ASSESSMENT_REASON_REQUIRED);
        }
        String why = reason.strip();
        if (why.length() > REASON_MAX) {
            throw new WorkflowException(Refusal.REASON_TOO_LONG, REASON_MAX);
        }
        String office = TenantContext.require();
        String unit = unitName(office, unitId);
        Map<Long, Object[]> before = organisational(office, period);
        em.createNativeQuery("INSERT INTO unit_assessment (tenant_id, unit_id, period_kind, period_start, score, reason, entered_by, entered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE score = VALUES(score), reason = VALUES(reason),"
                        + " entered_by = VALUES(entered_by), entered_at = VALUES(entered_at), version = version + 1")
                .setHint(MeasureSql.NATIVE, true).setParameter(1, office).setParameter(2, unitId)
                .setParameter(3, period.kind().name()).setParameter(4, java.sql.Date.valueOf(period.start()))
                .setParameter(5, score).setParameter(6, why).setParameter(7, by.login())
                .setParameter(8, Timestamp.from(clock.instant())).executeUpdate();
        Object[] old = before.get(unitId);
        audit.record(by, AuditEntry.Subject.ASSESSMENT, unit + " " + period.label(Locale.SIMPLIFIED_CHINESE), "score",
                old == null ? null : old[0] + "（" + old[1] + "）", score + "（" + why + "）");
    }

    /** The units' assessment for the period, ranked by composite (units without one last, by name). */
    public List<UnitScore> ranking(Period period) {
        String office = TenantContext.require();
        Weights w = weights();
        Map<Long, Object[]> org = organisational(office, period);
        Map<String, Breakdown> byUnit = new HashMap<>();
        measures.by(Dimension.UNIT, period, MeasureFilter.all()).forEach(b -> byUnit.put(b.key(), b));
        List<UnitScore> scores = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, name FROM unit WHERE tenant_id = ? AND active")
                .setHint(MeasureSql.NATIVE, true).setParameter(1, office).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            Breakdown b = byUnit.get(String.valueOf(id));
            Figures f = b == null ? Figures.NONE : b.figures().now();
            Double professional = professional(f);
            Object[] o = org.get(id);
            Integer organisational = o == null ? null : (Integer) o[0];
            Double publicScore = f.satisfactionRate() == null ? null : 100 * f.satisfactionRate();
            scores.add(new UnitScore(id, (String) r[1], f, professional, organisational, o == null ? null : (String) o[1],
                    publicScore, composite(w, professional, organisational, publicScore), null));
        }
        Collator zh = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        scores.sort(Comparator.comparing((UnitScore s) -> s.composite() == null ? 1 : 0)
                .thenComparing(s -> s.composite() == null ? 0 : -s.composite())
                .thenComparing(UnitScore::unitName, zh));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            UnitScore s = scores.get(i);
            Integer rank = s.composite() == null ? null
                    : i > 0 && s.composite().equals(scores.get(i - 1).composite()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitScore(s.unitId(), s.unitName(), s.figures(), s.professional(), s.organisational(),
                    s.organisationalReason(), s.publicScore(), s.composite(), rank));
        }
        return ranked;
    }

    /** The parts there are, their weights shared out over them: a unit with nothing due yet is not scored as late. */
    static Double professional(Figures f) {
        double sum = 0;
        double weight = 0;
        if (f.onTimeRate() != null) {
            sum += 0.4 * f.onTimeRate();
            weight += 0.4;
        }
        if (f.handlingRate() != null) {
            sum += 0.3 * f.handlingRate();
            weight += 0.3;
        }
        if (f.reworkRate() != null) {
            sum += 0.3 * (1 - f.reworkRate());
            weight += 0.3;
        }
        return weight == 0 ? null : 100 * sum / weight;
    }

    static Double composite(Weights w, Double professional, Integer organisational, Double publicScore) {
        double sum = 0;
        int weight = 0;
        if (professional != null) {
            sum += w.professional() * professional;
            weight += w.professional();
        }
        if (organisational != null) {
            sum += w.organisational() * organisational;
            weight += w.organisational();
        }
        if (publicScore != null) {
            sum += w.publicPart() * publicScore;
            weight += w.publicPart();
        }
        return weight == 0 ? null : Math.round(sum / weight * 10) / 10.0;
    }

    private Map<Long, Object[]> organisational(String office, Period period) {
        Map<Long, Object[]> scores = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT unit_id, score, reason FROM unit_assessment WHERE tenant_id = ?"
                        + " AND period_kind = ? AND period_start = ?").setHint(MeasureSql.NATIVE, true)
                .setParameter(1, office).setParameter(2, period.kind().name())
                .setParameter(3, java.sql.Date.valueOf(period.start())).getResultList()) {
            Object[] r = (Object[]) row;
            scores.put(((Number) r[0]).longValue(), new Object[] {((Number) r[1]).intValue(), r[2]});
        }
        return scores;
    }

    private String unitName(String office, long unitId) {
        List<?> rows = em.createNativeQuery("SELECT name FROM unit WHERE tenant_id = ? AND id = ?")
                .setHint(MeasureSql.NATIVE, true).setParameter(1, office).setParameter(2, unitId).getResultList();
        if (rows.isEmpty()) {
            throw new WorkflowException(Refusal.UNIT_NOT_FOUND);
        }
        return (String) rows.get(0);
    }

    private static String text(Weights w) {
        return "专业评定 " + w.professional() + "%，组织评价 " + w.organisational() + "%，社会评判 " + w.publicPart() + "%";
    }
}
