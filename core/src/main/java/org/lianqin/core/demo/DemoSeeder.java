package org.lianqin.core.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.lianqin.core.security.Passwords;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseNumberCounter;
import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.district.TemplateApplier;
import org.lianqin.core.district.TemplateContent;
import org.lianqin.core.duty.DutyShift;
import org.lianqin.core.duty.Post;
import org.lianqin.core.duty.Shift;
import org.lianqin.core.integration.ApiKey;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Squad;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.tenancy.Tenant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The transactional steps of {@link DemoData}: one transaction per tenant. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DemoSeeder {

    /** The password of every demo account; the README lists the logins. */
    static final String DEMO_PASSWORD = "demo2026";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @EJB
    DemoCases demoCases;

    @Inject
    TemplateApplier templates;

    /** The Open311 key of a demo street office, listed in the README. */
    public static String demoApiKey(String officeCode) {
        return "demo-" + officeCode + "-open311";
    }

    public String hash(String password) {
        return Passwords.hash(passwordHash, password.toCharArray());
    }

    /**
     * The whole demo street office in one transaction, run as its tenant: the tenant row (flushed first,
     * for the foreign keys), its organisation and catalogue, and, when asked, its demo cases.
     */
    public void seed(DemoStreetOffice office, String hashedPassword, boolean withCases) {
        Tenant tenant = new Tenant(office.code(), office.name(), office.kind(), "徐汇区");
        tenant.outline(office.boundaryGeoJson());
        if (office.active()) {
            tenant.activate();
        } else {
            tenant.suspend();
        }
        em.persist(tenant);
        em.flush();
        createOrganisation(office, hashedPassword);
        if (withCases) {
            // the published demo key of the office's Open311 endpoint (README); real keys come from ApiKeys.issue
            em.persist(new ApiKey("12345 市民服务热线（演示）", ApiKeys.hash(demoApiKey(office.code())), clock.instant()));
            // the year's number counter in this transaction: a separate one could not see the new tenant
            em.persist(new CaseNumberCounter(clock.instant().atZone(WorkCalendar.CHINA).getYear()));
            em.flush();
            demoCases.create(office.west(), office.south());
        }
    }

    /**
     * Runs as the office's tenant: every row below gets its tenant_id from the persistence context. The
     * demo office is set up as a template would set it up, then given its grids, staff and rota.
     */
    private void createOrganisation(DemoStreetOffice office, String hashedPassword) {
        TemplateContent content = new TemplateContent(
                office.units().stream().map(u -> new TemplateContent.UnitEntry(u.name(), u.type(), u.phone())).toList(),
                List.of(new TemplateContent.SquadEntry("第一联勤分队", "周建华"), new TemplateContent.SquadEntry("第二联勤分队", "吴海涛")),
                List.of(), List.of(), List.of(),
                // the demo office shortens handling limits when it raises its duty level
                Map.of(DutyLevel.HEIGHTENED, 75, DutyLevel.HIGHEST, 50), List.of());
        TemplateApplier.Applied applied = templates.apply(content, office.name());
        Map<String, Unit> units = new HashMap<>();
        office.units().forEach(spec -> units.put(spec.key(), applied.units().get(spec.name())));
        List<Squad> squads = applied.squads();
        List<Grid> grids = new java.util.ArrayList<>();
        for (DemoStreetOffice.GridSpec spec : office.grids()) {
            Grid grid = new Grid(spec.code(), spec.name(), spec.roads(), spec.boundaryGeoJson());
            grid.assignTo(squads.get(grids.size() % squads.size()));
            em.persist(grid);
            grids.add(grid);
        }
        for (DemoStreetOffice.StaffSpec spec : office.staff()) {
            Staff staff = new Staff(spec.login(), spec.name(), units.get(spec.unitKey()), spec.roles(), hashedPassword);
            em.persist(staff);
            if (spec.roles().contains(Role.DISPATCHER)) {
                rota(staff, squads);
            }
            if (spec.roles().contains(Role.INSPECTOR)) {
                // the demo inspector walks the first squad's grids
                staff.joinSquad(squads.get(0));
                grids.stream().filter(g -> g.squad() == squads.get(0)).forEach(g -> g.assignTo(staff));
            }
        }
    }

    /** Four weeks of the 24-hour rota from this week's Monday: the dispatcher in the command centre, the squads taking turns. */
    private void rota(Staff dispatcher, List<Squad> squads) {
        LocalDate monday = clock.instant().atZone(WorkCalendar.CHINA).toLocalDate().with(DayOfWeek.MONDAY);
        for (int d = 0; d < 28; d++) {
            for (Shift shift : Shift.values()) {
                DutyShift command = new DutyShift(monday.plusDays(d), shift, Post.COMMAND);
                command.assign(dispatcher, null);
                em.persist(command);
                DutyShift patrol = new DutyShift(monday.plusDays(d), shift, Post.PATROL);
                patrol.assign(null, squads.get((d + shift.ordinal()) % squads.size()));
                em.persist(patrol);
            }
        }
    }
}
