package org.lianqin.core.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.cases.Actor;
import org.lianqin.core.cases.WorkflowException;
import org.lianqin.core.organisation.Role;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.security.Roles;

import java.util.List;

/** The current street office's copy of the category catalogue. */
@Stateless
@PermitAll
public class Catalogue {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    /** 大类 and 小类 in code order; residents get the public ones only. */
    public List<CategoryView> categories(boolean publicOnly) {
        return em.createNamedQuery("Category.findAll", Category.class).getResultStream()
                .filter(c -> !publicOnly || c.publicVisible())
                .map(CategoryView::of)
                .toList();
    }

    /** The street-office admin adjusts a 小类: who handles it, whether residents see it, its limits. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public CategoryView adjust(String code, boolean publicVisible, UnitType unitType, TimeLimits limits, Actor by) {
        if (!by.has(Role.TENANT_ADMIN)) {
            throw new WorkflowException("role", "只有街镇管理员可以调整问题类别");
        }
        Category category = subCategory(code);
        category.adjust(publicVisible, unitType, limits);
        return CategoryView.of(category);
    }

    /** The 小类 of that code, the only level a case can be filed under, or a refusal naming the code. */
    public Category subCategory(String code) {
        return em.createNamedQuery("Category.findByCode", Category.class)
                .setParameter("code", code)
                .getResultStream().filter(c -> !c.isMain()).findFirst()
                .orElseThrow(() -> new WorkflowException("category", "没有这个问题类别：" + code));
    }
}
