package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** The last case number a street office gave out in a year; locked while the next one is taken. */
@Entity
@Table(name = "case_number")
@NamedQuery(name = "CaseNumberCounter.forYear", query = "SELECT c FROM CaseNumberCounter c WHERE c.year = :year")
public class CaseNumberCounter extends TenantScoped {

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected CaseNumberCounter() {
    }

    public CaseNumberCounter(int year) {
        this.year = year;
    }

    long next() {
        return ++lastValue;
    }
}
