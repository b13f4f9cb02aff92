package org.lianqin.publicreport.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.util.function.Supplier;

/** Runs public work as the street office a path names; an office nobody knows is a 404 problem. */
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

    public <T> T in(String code, Supplier<T> work) {
        StreetOffice office = require(code);
        return TenantContext.supplyAs(office.code(), work);
    }
}
