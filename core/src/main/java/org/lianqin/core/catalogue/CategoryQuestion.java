package org.lianqin.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** One extra question of a street office's 小类, as stored; {@link Questions.Question} is what everyone reads. */
@Entity
@Table(name = "category_question")
class CategoryQuestion extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", updatable = false)
    private Category category;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 16)
    private String datatype;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false, length = 32)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 64)
    private String labelEn;

    /** A list's values as {@code key=中文=English|…}. */
    @Column(name = "value_list", length = 1000)
    private String valueList;

    protected CategoryQuestion() {
    }

    CategoryQuestion(Category category, Questions.Question q) {
        this.category = category;
        change(q);
    }

    void change(Questions.Question q) {
        this.code = q.code();
        this.datatype = q.datatype();
        this.required = q.required();
        this.position = q.order();
        this.labelZh = q.labelZh();
        this.labelEn = q.labelEn();
        this.valueList = q.values().isEmpty() ? null : Questions.valuesText(q.values());
    }

    Questions.Question question() {
        return new Questions.Question(code, datatype, required, position, labelZh, labelEn,
                Questions.values(valueList == null ? "" : valueList));
    }
}
