package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.CaseNumber;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way into a street office for this WAR: the site's pages, the JSON API and Open311 all run their
 * work through here, as the office a path, a {@code jurisdiction_id} or a case number names. No other
 * class of the WAR touches {@link TenantContext} (an architecture test holds to that). An office nobody
 * knows is a 404 (or, for a case number, a case nobody has).
 */
@ApplicationScoped
public class Offices {

    /** Street office codes are short: anything longer names no office. */
    private static final int MAX_CODE = 32;

    @EJB
    TenantDirectory tenants;

    /**
     * The street office of that code, if there is one (suspended ones included), as read at most a few
     * seconds ago (core decides from the database whether it takes reports).
     */
    public Optional<StreetOffice> find(String code) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            return Optional.empty();
        }
        return tenants.findRecent(code.strip());
    }

    /** The street office of that code, or a 404 problem. */
    public StreetOffice require(String code) {
        return find(code).orElseThrow(() -> Problem.notFound(Refusal.OFFICE_UNKNOWN));
    }

    /** Runs work as the street office of that code (a 404 problem when there is none). */
    public <T> T in(String code, Supplier<T> work) {
        return in(require(code), work);
    }

    /** Runs work as the street office. */
    public <T> T in(StreetOffice office, Supplier<T> work) {
        return TenantContext.supplyAs(office.code(), work);
    }

    /** Runs work as the street office, with nothing to return. */
    public void run(StreetOffice office, Runnable work) {
        TenantContext.runAs(office.code(), work);
    }

    /**
     * Runs work as the street office a case number names ({@code FENGLIN-2026-000123} → fenglin); a
     * number of no known office is a case nobody has ({@link CaseNotFoundException}), like any unknown case.
     */
    public <T> T forCase(String number, Supplier<T> work) {
        StreetOffice office = CaseNumber.parse(number).flatMap(n -> tenants.findRecent(n.office()))
                .orElseThrow(() -> new CaseNotFoundException(number));
        return in(office, work);
    }
}
