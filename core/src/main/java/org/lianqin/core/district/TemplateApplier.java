package org.lianqin.core.district;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.CalendarDay;
import org.lianqin.core.calendar.NationalHolidays;
import org.lianqin.core.cases.DefaultReplies;
import org.lianqin.core.cases.StandardReply;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.catalogue.DefaultCatalogue;
import org.lianqin.core.catalogue.TimeLimits;
import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.duty.DutyLevelRule;
import org.lianqin.core.operations.DefaultResultKinds;
import org.lianqin.core.operations.ResultKind;
import org.lianqin.core.organisation.Squad;
import org.lianqin.core.organisation.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives the current street office what a template holds, and reads an office's set-up back as one. Runs
 * inside its caller's transaction, as the street office the persistence context is bound to: the
 * onboarding and the demo data use the same steps.
 */
@Dependent
public class TemplateApplier {

    /** Where a template's unit names take the office's own short name: "{place}城管中队" → "长桥城管中队". */
    public static final String PLACE = "{place}";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    /** What the office was given: its units by name (in the template's order), its squads, its categories. */
    public record Applied(Map<String, Unit> units, List<Squad> squads, int categories) {
    }

    public Applied apply(TemplateContent content, String place) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (TemplateContent.UnitEntry entry : content.units()) {
            Unit unit = new Unit(entry.name().replace(PLACE, place), entry.type(), entry.phone());
            em.persist(unit);
            units.put(unit.name(), unit);
        }
        List<Squad> squads = new ArrayList<>();
        for (TemplateContent.SquadEntry entry : content.squads()) {
            Squad squad = new Squad(entry.name(), entry.leader());
            em.persist(squad);
            squads.add(squad);
        }
        Map<String, TemplateContent.CategoryEntry> settings = content.categories().stream()
                .collect(Collectors.toMap(TemplateContent.CategoryEntry::code, c -> c, (a, b) -> b));
        List<Category> categories = DefaultCatalogue.newCopy();
        for (Category category : categories) {
            TemplateContent.CategoryEntry set = settings.get(category.code());
            if (set != null && !category.isMain()) {
                category.adjust(set.publicVisible(), set.unitType(), new TimeLimits(set.registerHours(),
                        set.dispatchHours(), set.handleHours(), set.urgentHandleHours()));
            }
            em.persist(category);
        }
        if (content.replies().isEmpty()) {
            DefaultReplies.newCopy().forEach(em::persist);
        } else {
            content.replies().forEach(r -> em.persist(new StandardReply(r.step(), r.categoryCode(), r.text())));
        }
        if (content.resultKinds().isEmpty()) {
            DefaultResultKinds.newCopy().forEach(em::persist);
        } else {
            for (int i = 0; i < content.resultKinds().size(); i++) {
                TemplateContent.ResultKindEntry kind = content.resultKinds().get(i);
                em.persist(new ResultKind(kind.name(), kind.measure(), i + 1));
            }
        }
        content.dutyPercents().forEach((level, percent) -> em.persist(new DutyLevelRule(level, percent)));
        Map<LocalDate, TemplateContent.DayEntry> local = content.calendar().stream()
                .collect(Collectors.toMap(TemplateContent.DayEntry::day, d -> d, (a, b) -> b));
        for (CalendarDay day : NationalHolidays.newCopy()) {
            if (!local.containsKey(day.day())) {
                em.persist(day);
            }
        }
        local.values().forEach(d -> em.persist(new CalendarDay(d.day(), d.working(), d.note())));
        return new Applied(units, squads, (int) categories.stream().filter(c -> !c.isMain()).count());
    }

    /**
     * The current office's set-up as a template: active units (a name that begins with the office's own
     * place name keeps {@link #PLACE} there), squads, its 小类 settings, replies, result kinds, duty shares,
     * local days. What belongs to this office's people stays with it: units' telephone numbers and squad
     * leaders' names.
     */
    public TemplateContent capture(String place) {
        List<TemplateContent.UnitEntry> units = em.createNamedQuery("Unit.findActive", Unit.class).getResultStream()
                .map(u -> new TemplateContent.UnitEntry(u.name().startsWith(place) && u.name().length() > place.length()
                        ? PLACE + u.name().substring(place.length()) : u.name(), u.type(), null)).toList();
        List<TemplateContent.SquadEntry> squads = em.createNamedQuery("Squad.findAll", Squad.class).getResultStream()
                .map(s -> new TemplateContent.SquadEntry(s.name(), null)).toList();
        List<TemplateContent.CategoryEntry> categories = em.createNamedQuery("Category.findAll", Category.class)
                .getResultStream().filter(c -> !c.isMain())
                .map(c -> new TemplateContent.CategoryEntry(c.code(), c.publicVisible(), c.unitType(),
                        c.limits().registerHours(), c.limits().dispatchHours(), c.limits().handleHours(false),
                        c.limits().handleHours(true))).toList();
        List<TemplateContent.ReplyEntry> replies = em.createNamedQuery("StandardReply.all", StandardReply.class)
                .getResultStream().map(r -> new TemplateContent.ReplyEntry(r.step(), r.categoryCode(), r.text())).toList();
        List<TemplateContent.ResultKindEntry> kinds = em.createNamedQuery("ResultKind.findAll", ResultKind.class)
                .getResultStream().filter(ResultKind::active)
                .map(k -> new TemplateContent.ResultKindEntry(k.name(), k.measure())).toList();
        Map<DutyLevel, Integer> duty = new EnumMap<>(DutyLevel.class);
        em.createNamedQuery("DutyLevelRule.findAll", DutyLevelRule.class).getResultStream()
                .forEach(r -> duty.put(r.level(), r.handlePercent()));
        Set<String> national = NationalHolidays.newCopy().stream().map(TemplateApplier::key).collect(Collectors.toSet());
        List<TemplateContent.DayEntry> days = em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class)
                .getResultStream().filter(d -> !national.contains(key(d)))
                .map(d -> new TemplateContent.DayEntry(d.day(), d.working(), d.note())).toList();
        return new TemplateContent(units, squads, categories, replies, kinds, duty, days);
    }

    private static String key(CalendarDay d) {
        return d.day() + "|" + d.working() + "|" + Objects.toString(d.note(), "");
    }
}
