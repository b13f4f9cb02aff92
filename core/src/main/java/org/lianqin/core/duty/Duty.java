package org.lianqin.core.duty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Squad;
import org.lianqin.core.organisation.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The street office's duty: the level in force (raised and lowered by the command centre, its admin or a
 * leader, with a reason; normal when never set), the share of handling limits each level allows (set
 * by the admin; all of it unless the office says otherwise) and the 24-hour rota (kept by the admin).
 * Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class Duty {

    /** A level can shorten limits to a tenth at most: a 24-hour limit still leaves a working day's hours. */
    public static final int LEAST_PERCENT = 10;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The level in force, since when, why and by whom (a name), and the share of handling limits it allows. */
    public record LevelView(DutyLevel level, Instant since, String reason, String changedBy, int handlePercent) {
    }

    /** Who is on one post of one shift: a member of staff (command centre) or a squad (patrol); null names when nobody. */
    public record ShiftView(LocalDate day, Shift shift, Post post, Long staffId, String staffName, Long squadId, String squadName) {
    }

    public LevelView level() {
        Map<DutyLevel, Integer> percents = percents();
        return em.createNamedQuery("DutyLevelChange.latest", DutyLevelChange.class).setMaxResults(1).getResultStream()
                .findFirst()
                .map(c -> new LevelView(c.level(), c.changedAt(), c.reason(), nameOf(c.changedBy()), percents.get(c.level())))
                .orElse(new LevelView(DutyLevel.NORMAL, null, null, null, percents.get(DutyLevel.NORMAL)));
    }

    /** The name of the member of staff with this login (the login itself when there is none, as for the system). */
    private String nameOf(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login).getResultStream()
                .findFirst().map(Staff::name).orElse(login);
    }

    /** The share (10–100 %) of a handling limit that applies now; the dispatch of a case uses it. */
    public int handlePercentNow() {
        DutyLevel now = em.createNamedQuery("DutyLevelChange.latest", DutyLevelChange.class).setMaxResults(1)
                .getResultStream().findFirst().map(DutyLevelChange::level).orElse(DutyLevel.NORMAL);
        return percents().get(now);
    }

    /** Each level's share of the handling limits. */
    public Map<DutyLevel, Integer> percents() {
        Map<DutyLevel, Integer> percents = new EnumMap<>(DutyLevel.class);
        for (DutyLevel level : DutyLevel.values()) {
            percents.put(level, 100);
        }
        em.createNamedQuery("DutyLevelRule.findAll", DutyLevelRule.class).getResultStream()
                .forEach(r -> percents.put(r.level(), r.handlePercent()));
        return percents;
    }

    /** Raises or lowers the level; a reason is required for anything but normal duty. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.LEADER, Roles.SYSTEM})
    public LevelView changeLevel(DutyLevel level, String reason, Actor by) {
        by.requireOneOf(Refusal.DUTY_ROLE, Role.TENANT_ADMIN, Role.DISPATCHER, Role.LEADER);
        if (level == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("勤务等级", "the duty level"));
        }
        String clean = Texts.optional(reason, 200, new Refusal.Label("理由", "the reason"));
        if (clean == null && level != DutyLevel.NORMAL) {
            throw new WorkflowException(Refusal.DUTY_REASON);
        }
        LevelView before = level();
        em.persist(new DutyLevelChange(level, clean, by.login(), clock.instant()));
        em.flush();
        audit.record(by, AuditEntry.Subject.DUTY, "勤务等级", "change", before.level().label().zh(),
                level.label().zh() + (clean == null ? "" : "；理由：" + clean));
        return level();
    }

    /** Sets the share of handling limits each level given allows, all or none (the admin's, 10–100 %). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public Map<DutyLevel, Integer> setPercents(Map<DutyLevel, Integer> wanted, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        wanted.forEach((level, percent) -> {
            if (level == null || percent == null || percent < LEAST_PERCENT || percent > 100) {
                throw new WorkflowException(Refusal.DUTY_PERCENT, LEAST_PERCENT);
            }
        });
        Map<DutyLevel, Integer> saved = percents();
        wanted.forEach((level, percent) -> {
            if (percent != saved.get(level).intValue()) {
                setPercent(level, percent, saved.get(level), by);
            }
        });
        return percents();
    }

    private void setPercent(DutyLevel level, int percent, int before, Actor by) {
        DutyLevelRule rule = em.createNamedQuery("DutyLevelRule.findAll", DutyLevelRule.class).getResultStream()
                .filter(r -> r.level() == level).findFirst().orElse(null);
        if (rule == null) {
            em.persist(new DutyLevelRule(level, percent));
        } else {
            rule.handlePercent(percent);
        }
        em.flush();
        audit.record(by, AuditEntry.Subject.DUTY, level.label().zh(), "change", "处置时限 " + before + "%", "处置时限 " + percent + "%");
    }

    /** The rota of the seven days from {@code monday}: every post of every shift, empty ones included. */
    public List<ShiftView> week(LocalDate monday) {
        List<DutyShift> kept = em.createNamedQuery("DutyShift.between", DutyShift.class)
                .setParameter("from", monday).setParameter("to", monday.plusDays(6)).getResultList();
        List<ShiftView> week = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            for (Shift shift : Shift.values()) {
                for (Post post : Post.values()) {
                    week.add(kept.stream().filter(s -> s.day().equals(day) && s.shift() == shift && s.post() == post)
                            .findFirst().map(Duty::view).orElse(new ShiftView(day, shift, post, null, null, null, null)));
                }
            }
        }
        return week;
    }

    /** Who is on duty now: the command centre's dispatcher and the squad on patrol of the current shift. */
    public List<ShiftView> now() {
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), WorkCalendar.CHINA);
        LocalDate day = Shift.dayOf(at);
        Shift shift = Shift.at(at);
        return week(day).stream().filter(s -> s.day().equals(day) && s.shift() == shift).toList();
    }

    /**
     * Puts a dispatcher on a command-centre post or a squad on a patrol post of a shift (or nobody, with
     * null); the admin's.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public ShiftView assign(LocalDate day, Shift shift, Post post, Long staffId, Long squadId, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        if (day == null || shift == null || post == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("班次", "the shift"));
        }
        Staff staff = null;
        Squad squad = null;
        if (post == Post.COMMAND && staffId != null) {
            staff = em.find(Staff.class, staffId);
            if (staff == null || !staff.active() || !staff.roles().contains(Role.DISPATCHER)) {
                throw new WorkflowException(Refusal.DUTY_NOT_DISPATCHER);
            }
        }
        if (post == Post.PATROL && squadId != null) {
            squad = Optional.ofNullable(em.find(Squad.class, squadId)).orElseThrow(() -> new WorkflowException(Refusal.SQUAD_NOT_FOUND));
        }
        DutyShift slot = em.createNamedQuery("DutyShift.between", DutyShift.class).setParameter("from", day).setParameter("to", day)
                .getResultStream().filter(s -> s.shift() == shift && s.post() == post).findFirst().orElse(null);
        String before = slot == null ? "—" : who(slot);
        if (slot == null) {
            slot = new DutyShift(day, shift, post);
            em.persist(slot);
        }
        slot.assign(staff, squad);
        em.flush();
        audit.record(by, AuditEntry.Subject.DUTY, day + " " + (shift == Shift.DAY ? "白班" : "夜班") + " "
                + (post == Post.COMMAND ? "指挥中心" : "巡查"), "change", before, who(slot));
        return view(slot);
    }

    private static String who(DutyShift s) {
        if (s.staff() != null) {
            return s.staff().name();
        }
        return s.squad() != null ? s.squad().name() : "—";
    }

    private static ShiftView view(DutyShift s) {
        return new ShiftView(s.day(), s.shift(), s.post(),
                s.staff() == null ? null : s.staff().id(), s.staff() == null ? null : s.staff().name(),
                s.squad() == null ? null : s.squad().id(), s.squad() == null ? null : s.squad().name());
    }
}
