package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.kernel.Refusal;

import java.io.InputStream;

/**
 * The reporter's own case, opened with its number and access code (sent in the body, never in a URL):
 * track it, rate it once closed, or ask for it to be handled again. A wrong code, an unknown number and
 * a locked case all answer the same 404.
 */
// one instance serves every request (@Context fields are proxies to the current request): building a
// resource and injecting its EJBs per request was a third of an Open311 list's time
@ApplicationScoped
@Path("track")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "track", description = "凭案件编号和查询码跟踪、评价、要求重新处理 / track, rate and reopen with number and access code")
public class TrackResource {

    @EJB
    ResidentCases residents;

    @Inject
    Offices offices;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "查看自己反映的案件 / the reporter's view of their case")
    public Response track(InputStream body) {
        ApiViews.TrackRequest r = StrictJson.read(body, ApiViews.TrackRequest.class);
        limits.take(clients.of(request), RateLimits.Action.ACCESS);
        PublicCase c = offices.forCase(r.number(), () -> residents.track(r.number(), r.code()).orElseThrow(TrackResource::notFound));
        return Response.ok(c).cacheControl(OfficesResource.noStore()).build();
    }

    @POST
    @Path("rate")
    @Operation(summary = "评价已结案的案件（1–5 分，一次）/ rate a closed case once")
    public PublicCase rate(InputStream body) {
        ApiViews.RateRequest r = StrictJson.read(body, ApiViews.RateRequest.class);
        limits.take(clients.of(request), RateLimits.Action.ACCESS);
        if (r.score() == null) {
            throw Problem.badRequest(Refusal.SCORE);
        }
        return offices.forCase(r.number(), () -> residents.rate(r.number(), r.code(), r.score(), r.comment()));
    }

    @POST
    @Path("reopen")
    @Operation(summary = "结案后问题仍未解决：要求重新处理 / ask for a closed case to be handled again")
    public PublicCase reopen(InputStream body) {
        ApiViews.ReopenRequest r = StrictJson.read(body, ApiViews.ReopenRequest.class);
        limits.take(clients.of(request), RateLimits.Action.ACCESS);
        return offices.forCase(r.number(), () -> residents.reopen(r.number(), r.code(), r.reason()));
    }

    static Problem.Raised notFound() {
        return Problem.notFound(Refusal.CASE_NOT_FOUND);
    }
}
