package org.lianqin.core.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** A kind of result the street office counts after a joint operation: "清理占道摊点 (处)", "劝离流动摊贩 (人次)". */
@Entity
@Table(name = "operation_result_kind")
@NamedQuery(name = "ResultKind.findAll", query = "SELECT k FROM ResultKind k ORDER BY k.position, k.id")
public class ResultKind extends TenantScoped {

    @Column(nullable = false, length = 32)
    private String name;

    /** The measure word it is counted in (处, 人次, 件). */
    @Column(nullable = false, length = 8)
    private String measure;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected ResultKind() {
    }

    public ResultKind(String name, String measure, int position) {
        this.name = name;
        this.measure = measure;
        this.position = position;
    }

    void activate(boolean active) {
        this.active = active;
    }

    public String name() {
        return name;
    }

    public String measure() {
        return measure;
    }

    public boolean active() {
        return active;
    }
}
