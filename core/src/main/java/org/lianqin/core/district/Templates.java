package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.Tenant;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The templates the district keeps: listed, and saved from an existing street office's set-up. */
@Stateless
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class Templates {

    private static final Refusal.Label NAME = new Refusal.Label("模板名称", "Template name");

    /** A template as the console lists it. */
    public record TemplateInfo(String code, String name, String kind, int units, int squads, int categorySettings,
                               int localDays, String source, Instant createdAt) {
    }

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    OfficeSetUp office;

    @EJB
    TenantDirectory tenants;

    @Inject
    Clock clock;

    @Inject
    DistrictLog log;

    public List<TemplateInfo> templates() {
        return em.createNamedQuery("OfficeTemplate.findAll", OfficeTemplate.class).getResultStream().map(Templates::info).toList();
    }

    /**
     * A new template from a street office's set-up as it is now (its units, squads, 小类 settings,
     * replies, result kinds, duty shares and local calendar days); offices onboarded from it later get a copy.
     */
    public TemplateInfo saveFrom(String officeCode, String code, String name, Actor by) {
        StreetOffice source = tenants.find(officeCode == null ? "" : officeCode)
                .orElseThrow(() -> new WorkflowException(Refusal.OFFICE_UNKNOWN));
        String clean = code == null ? "" : code.strip();
        if (!Tenant.CODE.matcher(clean).matches()) {
            throw new WorkflowException(Refusal.TEMPLATE_CODE, clean);
        }
        if (!em.createNamedQuery("OfficeTemplate.findByCode", OfficeTemplate.class).setParameter("code", clean).getResultList().isEmpty()) {
            throw new WorkflowException(Refusal.TEMPLATE_CODE_TAKEN, clean);
        }
        String title = Texts.required(name, 100, NAME);
        TemplateContent content = TenantContext.supplyAs(source.code(), office::capture);
        OfficeTemplate template = new OfficeTemplate(clean, title, source.kind(), content, source.code(), by.login(), clock.instant());
        try {
            em.persist(template);
            em.flush();
        } catch (jakarta.persistence.PersistenceException taken) {
            throw new WorkflowException(Refusal.TEMPLATE_CODE_TAKEN, clean);   // saved by someone else a moment ago
        }
        log.record(by, "save-template", source.code(), clean + "：" + title);
        return info(template);
    }

    private static TemplateInfo info(OfficeTemplate t) {
        TemplateContent c = t.content();
        return new TemplateInfo(t.code(), t.name(), t.kind().name(), c.units().size(), c.squads().size(),
                c.categories().size(), c.calendar().size(), t.source(), t.createdAt());
    }
}
