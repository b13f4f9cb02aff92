package org.lianqin.publicreport.open311;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.publicreport.api.PublicSnapshots;
import org.lianqin.publicreport.api.RateLimits;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.lianqin.publicreport.open311.Open311Assembler.Created;
import static org.lianqin.publicreport.open311.Open311Assembler.Discovery;
import static org.lianqin.publicreport.open311.Open311Assembler.Endpoint;
import static org.lianqin.publicreport.open311.Open311Assembler.TokenAnswer;

/**
 * The GeoReport v2 resources; see {@link Open311Application}. Each reads its arguments (a {@link ListParams}
 * or a {@link RequestForm}), calls one service of core as the street office {@code jurisdiction_id} names,
 * and hands the result to {@link Open311Assembler}; {@link Open311Output} writes it as XML or JSON.
 */
// one instance serves every request (@Context fields are proxies to the current request): building a
// resource and injecting its EJBs per request was a third of an Open311 list's time
@ApplicationScoped
@Path("")
@Tag(name = "open311", description = "Open311 GeoReport v2 (XML and JSON), jurisdiction_id = 街镇代码")
public class Open311Resource {

    private static final String FORMAT = "{format: xml|json}";
    private static final String CHANGESET = "2026-11-27T00:00:00+08:00";
    private static final int MAX_REQUESTS = 1000;

    @EJB
    Catalogue catalogue;

    @EJB
    ResidentCases residents;

    @EJB
    PublicRecord record;

    @EJB
    ApiKeys keys;

    @Inject
    Offices offices;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Inject
    PublicSnapshots snapshots;

    @Inject
    Clock clock;

    /** The site's public address; when set, the links Open311 gives out use it instead of the request's Host. */
    @Inject
    @ConfigProperty(name = "lianqin.site.url")
    Optional<String> siteUrl;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Path("discovery." + FORMAT)
    @Operation(summary = "Open311 discovery")
    public Response discovery(@PathParam("format") String format) {
        String base = site().path("open311/v2").build().toString();
        return Open311Output.single(format, "discovery", new Discovery(CHANGESET,
                "各街镇联勤指挥中心；技术联系：区城运中心 / the street offices' command centres",
                "向所在街镇申请 api_key / ask the street office for an api_key",
                List.of(new Endpoint("http://wiki.open311.org/GeoReport_v2",
                        base.endsWith("/") ? base.substring(0, base.length() - 1) : base, CHANGESET, "production",
                        List.of("text/xml", "application/json")))));
    }

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "Open311 service list: the street office's public 小类")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        StreetOffice office = accepting(office(jurisdiction));
        return Open311Output.list(format, 200, "services", "service",
                Open311Assembler.services(offices.in(office, () -> catalogue.tree(true))));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    @Operation(summary = "Open311 service definition")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdiction) {
        return Open311Output.single(format, "service_definition",
                Open311Assembler.definition(publicService(accepting(office(jurisdiction)), code)));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Open311 POST service request (needs the street office's api_key)")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> fields) {
        limits.take(clients.of(request), RateLimits.Action.SUBMIT);
        if (request.getContentType() == null) {
            throw new Open311Exception(415, "Content-Type must be application/x-www-form-urlencoded");
        }

        String jurisdiction = fields == null ? null : fields.getFirst("jurisdiction_id");
        StreetOffice office = office(jurisdiction);
        String key = fields.getFirst("api_key");
        if (key == null || key.isBlank() || offices.in(office, () -> keys.holder(key)).isEmpty()) {
            throw new Open311Exception(403, "api_key is missing or not valid for this jurisdiction_id");
        }
        RequestForm form = RequestForm.of(fields);
        publicService(office, form.serviceCode());
        Receipt receipt = offices.in(office, () -> residents.submit(form.report("o311-" + UUID.randomUUID()), List.of()));
        return Open311Output.list(format, 201, "service_requests", "request", List.of(new Created(receipt.number(),
                "已收到，待指挥中心受理；查询码 / access code for the resident: " + receipt.accessCode(), null)));
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "Open311 GET service requests (public ones; the last 90 days by default and at most; at most 1000)")
    public Response list(@PathParam("format") String format, @BeanParam ListParams params) {
        if (params.jurisdictionId == null || params.jurisdictionId.isBlank()) {
            office(params.jurisdictionId);   // the 400 that names the missing argument
        }
        ListParams.Filters f = params.filters(clock.instant());
        String site = site().build().toString();
        // the street office is looked up when the list is written: a known list needs no lookup
        PublicSnapshots.Written list = snapshots.written(params.jurisdictionId.strip(), Arrays.asList("open311", format, site,
                params.serviceRequestId, params.serviceCode, params.startDate, params.endDate, params.status), () -> {
            StreetOffice office = office(params.jurisdictionId);
            List<PublicCase> found = offices.in(office, () -> record.requests(f.numbers(), f.categoryCodes(), f.from(), f.to(),
                    f.states(), MAX_REQUESTS));
            Response written = Open311Output.list(format, 200, "service_requests", "request",
                    found.stream().map(c -> Open311Assembler.request(c, p -> photoUrl(office, c, p))).toList());
            return new PublicSnapshots.Written((String) written.getEntity(), written.getMediaType().toString());
        });
        return Response.ok(list.body(), list.type()).build();
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    @Operation(summary = "Open311 GET one service request (one not yet registered: only with the street office's "
            + "api_key in the X-Api-Key header — never in the URL, where logs would keep it)")
    public Response one(@PathParam("id") String id, @PathParam("format") String format,
                        @QueryParam("jurisdiction_id") String jurisdiction, @HeaderParam("X-Api-Key") String key) {
        StreetOffice office = office(jurisdiction);
        boolean integrator = key != null && offices.in(office, () -> keys.holder(key)).isPresent();
        PublicCase c = offices.in(office, () -> record.request(id, integrator))
                .orElseThrow(() -> new Open311Exception(404, "service_request_id not found: " + id));
        return Open311Output.list(format, 200, "service_requests", "request",
                List.of(Open311Assembler.request(c, p -> photoUrl(office, c, p))));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Operation(summary = "Open311 GET service_request_id from a token")
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
                          @QueryParam("jurisdiction_id") String jurisdiction) {
        StreetOffice office = office(jurisdiction);
        String number = offices.in(office, () -> record.numberOfKey(token))
                .orElseThrow(() -> new Open311Exception(404, "token not found: " + token));
        return Open311Output.list(format, 200, "service_requests", "request", List.of(new TokenAnswer(number, token)));
    }

    private String photoUrl(StreetOffice office, PublicCase c, PublicCase.PhotoRef p) {
        return site().path("api/v1/offices/{office}/cases/{number}/photos/{id}")
                .build(office.code(), c.number(), p.id()).toString();
    }

    /** The site's root: lianqin.site.url when the operator set it (as production must), else as this request reached it. */
    private UriBuilder site() {
        return siteUrl.filter(u -> !u.isBlank()).map(UriBuilder::fromUri)
                .orElseGet(() -> uri.getBaseUriBuilder().replacePath(request.getContextPath()));
    }

    private StreetOffice office(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new Open311Exception(400, "jurisdiction_id is required: the street office's code, e.g. fenglin");
        }
        return offices.find(jurisdiction)
                .orElseThrow(() -> new Open311Exception(404, "jurisdiction_id not found: " + jurisdiction));
    }

    /**
     * A street office that takes reports; a suspended one answers 403 in both languages, so that a client
     * does not offer services whose requests would be refused (its public requests stay readable).
     */
    private static StreetOffice accepting(StreetOffice office) {
        if (office.status() != TenantStatus.ACTIVE) {
            throw new Open311Exception(403, Refusal.OFFICE_SUSPENDED.text(Messages.CHINESE, office.name()) + " / "
                    + Refusal.OFFICE_SUSPENDED.text(Messages.ENGLISH, office.name()));
        }
        return office;
    }

    private CategoryView publicService(StreetOffice office, String code) {
        return offices.in(office, () -> catalogue.tree(true)).stream().flatMap(g -> g.subs().stream())
                .filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Open311Exception(404, "service_code not found: " + code));
    }
}
