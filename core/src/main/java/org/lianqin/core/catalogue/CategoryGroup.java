package org.lianqin.core.catalogue;

import java.util.List;

/** A 大类 with its 小类, as forms and service lists offer them: the main category, then its subcategories. */
public record CategoryGroup(CategoryView main, List<CategoryView> subs) {

    public CategoryGroup {
        subs = List.copyOf(subs);
    }
}
