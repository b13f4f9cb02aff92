package org.lianqin.publicreport.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.CaseNumbers;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.util.function.Supplier;

/** Runs public work as the street office a path or a case number names; an office nobody knows is a 404. */
@ApplicationScoped
public class Offices {

    @EJB
    TenantDirectory tenants;

    public StreetOffice require(String code) {
        if (code == null || code.length() > 32) {
            throw Problem.notFound("office-unknown", "没有这个街镇");
        }
        return tenants.find(code).orElseThrow(() -> Problem.notFound("office-unknown", "没有这个街镇：" + code));
    }

    /**
     * Runs work as the street office a case number names ({@code FENGLIN-2026-000123} → fenglin); a
     * number of no known office is a case nobody has ({@link CaseNotFoundException}), like any unknown case.
     */
    public <T> T forCase(String number, Supplier<T> work) {
        String office = CaseNumbers.officeOf(number).filter(o -> tenants.find(o).isPresent())
                .orElseThrow(() -> new CaseNotFoundException(number));
        return TenantContext.supplyAs(office, work);
    }

    public <T> T in(String code, Supplier<T> work) {
        StreetOffice office = require(code);
        return TenantContext.supplyAs(office.code(), work);
    }
}
