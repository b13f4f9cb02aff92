package org.lianqin.core.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem category of the street office's catalogue: a 大类 (no parent) or a 小类 under one. Cases are
 * filed under a 小类, which says who normally handles it, whether residents may choose it, and its time
 * limits in working hours.
 */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.findAll", query = "SELECT c FROM Category c ORDER BY c.code")
@NamedQuery(name = "Category.findByCode", query = "SELECT c FROM Category c WHERE c.code = :code")
public class Category extends TenantScoped {

    @Column(nullable = false, length = 16)
    private String code;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "name_zh", nullable = false, length = 64)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "public_visible", nullable = false)
    private boolean publicVisible;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", length = 16)
    private UnitType unitType;

    @Embedded
    private TimeLimits limits;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_priority", nullable = false, length = 8)
    private Priority defaultPriority = Priority.NORMAL;

    /** The extra questions this 小类 asks, in order (read for many categories at once). */
    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<CategoryQuestion> questions = new ArrayList<>();

    protected Category() {
    }

    /** A 大类. */
    public static Category main(String code, String nameZh, String nameEn) {
        Category c = new Category();
        c.code = code;
        c.nameZh = nameZh;
        c.nameEn = nameEn;
        c.publicVisible = true;
        c.limits = TimeLimits.NONE;
        return c;
    }

    /** A 小类 under a 大类. */
    public static Category sub(Category parent, String code, String nameZh, String nameEn, boolean publicVisible,
                               UnitType unitType, TimeLimits limits, Priority defaultPriority) {
        if (parent == null || parent.parent != null) {
            throw new IllegalArgumentException("A 小类 belongs to a 大类");
        }
        Category c = new Category();
        c.code = code;
        c.parent = parent;
        c.nameZh = nameZh;
        c.nameEn = nameEn;
        c.publicVisible = publicVisible;
        c.unitType = unitType;
        c.limits = limits;
        c.defaultPriority = defaultPriority;
        return c;
    }

    /** The street office adjusts its copy: who handles it, who may choose it, how long it may take. */
    public void adjust(boolean publicVisible, UnitType unitType, TimeLimits limits) {
        this.publicVisible = publicVisible;
        this.unitType = unitType;
        this.limits = limits;
    }

    public boolean isMain() {
        return parent == null;
    }

    public String code() {
        return code;
    }

    public Category parent() {
        return parent;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean publicVisible() {
        return publicVisible && (parent == null || parent.publicVisible);
    }

    public UnitType unitType() {
        return unitType;
    }

    public TimeLimits limits() {
        return limits == null ? TimeLimits.NONE : limits;
    }

    public Priority defaultPriority() {
        return defaultPriority;
    }

    public List<Questions.Question> questions() {
        return questions.stream().map(CategoryQuestion::question).toList();
    }

    /**
     * The questions asked from now on, in their order (checked by the caller): one whose code stays is
     * changed in place, the others are added or dropped.
     */
    void ask(List<Questions.Question> asked) {
        questions.removeIf(q -> asked.stream().noneMatch(a -> a.code().equals(q.question().code())));
        for (Questions.Question a : asked) {
            // the order is the questions' position, so a kept one is changed where it is
            questions.stream().filter(q -> q.question().code().equals(a.code())).findFirst()
                    .ifPresentOrElse(q -> q.change(a), () -> questions.add(new CategoryQuestion(this, a)));
        }
        questions.sort(java.util.Comparator.comparingInt(q -> q.question().order()));
    }
}
