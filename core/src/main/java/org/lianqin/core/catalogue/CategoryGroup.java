package org.lianqin.core.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A 大类 with its 小类, as forms and service lists offer them: the main category, then its subcategories. */
public record CategoryGroup(CategoryView main, List<CategoryView> subs) {

    public CategoryGroup {
        subs = List.copyOf(subs);
    }

    /** The 小类 of this 大类 that ask extra questions, with their questions (the report form's fieldsets). */
    public Map<CategoryView, List<Questions.Question>> questions() {
        Map<CategoryView, List<Questions.Question>> q = new LinkedHashMap<>();
        subs.forEach(s -> {
            if (!s.questions().isEmpty()) {
                q.put(s, s.questions());
            }
        });
        return q;
    }
}
