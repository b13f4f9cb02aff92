package org.lianqin.admin.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.measures.MeasureFilter;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.measures.PeriodKind;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.rest.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * All active street offices' measures side by side for the district's scripts (a big screen, the district's
 * own statistics); one office's are under {@link OfficesApi}. The same figures as the portal's dashboard.
 */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresApi {

    @EJB
    Measures measures;

    @EJB
    TenantDirectory tenants;

    @GET
    @Operation(hidden = true, summary = "全区各街镇某周期的指标 / every active street office's measures for a period")
    public List<OfficeMeasures> district(@QueryParam("period") String period, @QueryParam("day") String day) {
        Period p = period(period, day);
        List<OfficeMeasures> all = new ArrayList<>();
        for (StreetOffice o : tenants.activeStreetOffices()) {
            all.add(TenantContext.supplyAs(o.code(), () -> measures.of(p, MeasureFilter.all())));
        }
        return all;
    }

    /** The period the query names ({@code period}, {@code day}), the year of today by default; a 400 problem otherwise. */
    static Period period(String kind, String day) {
        try {
            PeriodKind k = kind == null ? PeriodKind.YEAR : PeriodKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            LocalDate d = day == null ? LocalDate.now(org.lianqin.core.calendar.WorkCalendar.CHINA)
                    : Period.day(day).orElseThrow(() -> Problem.badRequest(Refusal.PERIOD_INVALID));
            return Period.of(k, d);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(Refusal.PERIOD_INVALID);
        }
    }
}
