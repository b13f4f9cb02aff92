package org.lianqin.core.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.UnitType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current street office's copy of the category catalogue. */
@Stateless
@PermitAll
public class Catalogue {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** 大类 and 小类 in code order; residents get the public ones only. */
    public List<CategoryView> categories(boolean publicOnly) {
        return em.createNamedQuery("Category.findAll", Category.class).getResultStream()
                .filter(c -> !publicOnly || c.publicVisible())
                .map(CategoryView::of)
                .toList();
    }

    /**
     * The 大类 → 小类 tree in code order, the one way every form and list builds it. Residents'
     * ({@code publicOnly}) get the 小类 they may choose, under each 大类 that has any.
     */
    public List<CategoryGroup> tree(boolean publicOnly) {
        List<CategoryView> all = categories(false);
        Map<String, List<CategoryView>> subs = new LinkedHashMap<>();
        for (CategoryView c : all) {
            if (c.parentCode() != null && (!publicOnly || c.publicVisible())) {
                subs.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        return all.stream().filter(c -> c.parentCode() == null && subs.containsKey(c.code()))
                .map(c -> new CategoryGroup(c, subs.get(c.code())))
                .toList();
    }

    /**
     * The street-office admin adjusts a 小类: who handles it, whether residents see it, its limits
     * (counted at each dispatch from then on); audited.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public CategoryView adjust(String code, boolean publicVisible, UnitType unitType, TimeLimits limits, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_CATALOGUE);
        Category category = subCategory(code);
        String before = describe(category);
        category.adjust(publicVisible, unitType, limits);
        audit.record(by, AuditEntry.Subject.CATEGORY, code, "change", before, describe(category));
        return CategoryView.of(category);
    }

    /**
     * The extra questions a 小类 asks from now on (checked: {@link Questions#checkedList}); reports already
     * made keep the answers they gave. The admin's; audited.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public CategoryView ask(String code, List<Questions.Question> questions, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_CATALOGUE);
        Category category = subCategory(code);
        List<Questions.Question> checked = Questions.checkedList(questions == null ? List.of() : questions);
        String before = describe(category.questions());
        category.ask(checked);
        em.flush();
        audit.record(by, AuditEntry.Subject.CATEGORY, code, "questions", before, describe(category.questions()));
        return CategoryView.of(category);
    }

    private static String describe(List<Questions.Question> questions) {
        return questions.isEmpty() ? "无补充问题" : questions.stream()
                .map(q -> q.labelZh() + "（" + q.code() + "，" + q.datatype() + (q.required() ? "，必答" : "")
                        + (q.values().isEmpty() ? "" : "：" + String.join("/", q.values().keySet())) + "）")
                .collect(java.util.stream.Collectors.joining("；"));
    }

    private static String describe(Category c) {
        TimeLimits l = c.limits();
        return c.nameZh() + "；" + (c.publicVisible() ? "群众可选" : "仅内部") + "；单位类型：" + c.unitType()
                + "；时限（工作小时）：受理 " + l.registerHours() + "，派遣 " + l.dispatchHours() + "，处置 "
                + l.handleHours(false) + "，紧急处置 " + l.handleHours(true);
    }

    /** The 小类 of that code, the only level a case can be filed under, or a refusal naming the code. */
    public Category subCategory(String code) {
        return em.createNamedQuery("Category.findByCode", Category.class)
                .setParameter("code", code)
                .getResultStream().filter(c -> !c.isMain()).findFirst()
                .orElseThrow(() -> new WorkflowException(Refusal.CATEGORY_NOT_FOUND, code));
    }
}
