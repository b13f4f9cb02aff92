package org.lianqin.publicreport.open311;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.Location;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.catalogue.Questions;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.RateLimits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.lianqin.publicreport.open311.Open311Output.item;

/** The GeoReport v2 resources; see {@link Open311Application}. */
@Path("")
@Tag(name = "open311", description = "Open311 GeoReport v2 (XML and JSON), jurisdiction_id = 街镇代码")
public class Open311Resource {

    private static final String FORMAT = "{format: xml|json}";
    private static final Set<CaseState> OPEN = EnumSet.of(CaseState.REPORTED, CaseState.REGISTERED,
            CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.HANDLED);
    private static final Set<CaseState> CLOSED = EnumSet.of(CaseState.CLOSED, CaseState.REJECTED, CaseState.MERGED);
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final int MAX_REQUESTS = 1000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Map<CaseState, String> NOTES = Map.of(
            CaseState.REPORTED, "已收到，待指挥中心受理 / received, awaiting review",
            CaseState.REGISTERED, "已受理立案 / accepted",
            CaseState.DISPATCHED, "已派遣责任单位 / assigned to the responsible unit",
            CaseState.IN_PROGRESS, "责任单位处置中 / being handled",
            CaseState.HANDLED, "已处置，待核查 / handled, being checked",
            CaseState.CLOSED, "已办结 / closed");

    @EJB
    TenantDirectory tenants;

    @EJB
    Catalogue catalogue;

    @EJB
    ResidentCases residents;

    @EJB
    ApiKeys keys;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Path("discovery." + FORMAT)
    @Operation(summary = "Open311 discovery")
    public Response discovery(@PathParam("format") String format) {
        String base = uri.getBaseUri().toString();
        return Open311Output.single(format, "discovery", item(
                "changeset", "2026-11-27T00:00:00+08:00",
                "contact", "各街镇联勤指挥中心；技术联系：区城运中心 / the street offices' command centres",
                "key_service", "向所在街镇申请 api_key / ask the street office for an api_key",
                "endpoints", new Open311Output.Plural("endpoint", List.of(item(
                        "specification", "http://wiki.open311.org/GeoReport_v2",
                        "url", base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
                        "changeset", "2026-11-27T00:00:00+08:00",
                        "type", "production",
                        "formats", new Open311Output.Plural("format", List.of("text/xml", "application/json")))))));
    }

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "Open311 service list: the street office's public 小类")
    public Response services(@PathParam("format") String format) {
        StreetOffice office = office(param("jurisdiction_id"));
        List<CategoryView> all = in(office, () -> catalogue.categories(true));
        Map<String, CategoryView> mains = all.stream().filter(c -> c.parentCode() == null)
                .collect(Collectors.toMap(CategoryView::code, c -> c));
        List<Map<String, Object>> services = all.stream().filter(c -> c.parentCode() != null)
                .map(c -> item("service_code", c.code(),
                        "service_name", c.nameZh(),
                        "description", c.nameZh() + " / " + c.nameEn(),
                        "metadata", !Questions.of(c.code()).isEmpty(),
                        "type", "realtime",
                        "keywords", c.nameEn(),
                        "group", Optional.ofNullable(mains.get(c.parentCode())).map(CategoryView::nameZh).orElse("")))
                .toList();
        return Open311Output.list(format, 200, "services", "service", services);
    }

    @GET
    @Path("services/{code}." + FORMAT)
    @Operation(summary = "Open311 service definition")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        StreetOffice office = office(param("jurisdiction_id"));
        CategoryView service = publicService(office, code);
        List<Map<String, Object>> attributes = Questions.of(service.code()).stream().map(q -> item(
                "variable", true,
                "code", q.code(),
                "datatype", q.datatype(),
                "required", q.required(),
                "datatype_description", q.datatype().equals("number") ? "数字 / a number" : null,
                "order", q.order(),
                "description", q.labelZh() + " / " + q.labelEn(),
                "values", new Open311Output.Plural("value", q.values().entrySet().stream()
                        .map(e -> item("key", e.getKey(), "name", e.getValue()[0] + " / " + e.getValue()[1])).toList())))
                .toList();
        return Open311Output.single(format, "service_definition", item(
                "service_code", service.code(),
                "attributes", new Open311Output.Plural("attribute", attributes)));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Operation(summary = "Open311 POST service request (needs the street office's api_key)")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        limits.take(clients.of(request), RateLimits.Action.SUBMIT);
        StreetOffice office = office(value(form, "jurisdiction_id"));
        String key = value(form, "api_key");
        if (key == null || in(office, () -> keys.holder(key)).isEmpty()) {
            throw new Open311Exception(403, "api_key is missing or not valid for this jurisdiction_id");
        }
        String code = value(form, "service_code");
        if (code == null) {
            throw new Open311Exception(400, "service_code is required");
        }
        publicService(office, code);
        Map<String, String> answers = new HashMap<>();
        for (String name : form.keySet()) {
            if (name.startsWith("attribute[") && name.endsWith("]") && value(form, name) != null) {
                answers.put(name.substring("attribute[".length(), name.length() - 1), value(form, name));
            }
        }
        Double lat = number(form, "lat");
        Double lon = number(form, "long");
        if ((lat == null) != (lon == null)) {
            throw new Open311Exception(400, "lat and long must be given together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new Open311Exception(400, "lat/long out of range");
        }
        String address = Optional.ofNullable(value(form, "address_string")).orElse(value(form, "address_id"));
        if (lat == null && address == null) {
            throw new Open311Exception(400, "A location is required: lat and long, address_string or address_id");
        }
        String description = value(form, "description");
        if (description == null) {
            throw new Open311Exception(400, "description is required");
        }
        String contact = Optional.ofNullable(value(form, "phone")).orElse(value(form, "email"));
        String token = "o311-" + UUID.randomUUID();
        Receipt receipt = in(office, () -> residents.submit(new ResidentReport(SourceChannel.OPEN311, code,
                new Location(address, lon, lat), description, contact, token, false, answers), List.of()));
        return Open311Output.list(format, 201, "service_requests", "request", List.of(item(
                "service_request_id", receipt.number(),
                "token", token,
                "service_notice", "已收到，待指挥中心受理；查询码 / access code for the resident: " + receipt.accessCode(),
                "account_id", null)));
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "Open311 GET service requests (public ones; default the last 90 days, at most 1000)")
    public Response list(@PathParam("format") String format) {
        StreetOffice office = office(param("jurisdiction_id"));
        Set<String> ids = csv(param("service_request_id"));
        Set<String> codes = csv(param("service_code"));
        Instant to = Optional.ofNullable(param("end_date")).map(v -> date(v, "end_date")).orElse(Instant.now());
        Instant from = Optional.ofNullable(param("start_date")).map(v -> date(v, "start_date")).orElse(to.minus(DEFAULT_WINDOW));
        if (!from.isBefore(to)) {
            throw new Open311Exception(400, "start_date must be before end_date");
        }
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        Set<String> status = csv(param("status"));
        if (status.isEmpty()) {
            states.addAll(OPEN);
            states.addAll(CLOSED);
        }
        for (String s : status) {
            switch (s) {
                case "open" -> states.addAll(OPEN);
                case "closed" -> states.addAll(CLOSED);
                default -> throw new Open311Exception(400, "status must be open or closed");
            }
        }
        List<PublicCase> found = in(office, () -> residents.requests(ids, codes, from, to.plusNanos(1), states, MAX_REQUESTS));
        return Open311Output.list(format, 200, "service_requests", "request", found.stream().map(this::request).toList());
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    @Operation(summary = "Open311 GET one service request")
    public Response one(@PathParam("id") String id, @PathParam("format") String format) {
        StreetOffice office = office(param("jurisdiction_id"));
        PublicCase c = in(office, () -> residents.request(id))
                .orElseThrow(() -> new Open311Exception(404, "service_request_id not found: " + id));
        return Open311Output.list(format, 200, "service_requests", "request", List.of(request(c)));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Operation(summary = "Open311 GET service_request_id from a token")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        StreetOffice office = office(param("jurisdiction_id"));
        String number = in(office, () -> residents.numberOfKey(token))
                .orElseThrow(() -> new Open311Exception(404, "token not found: " + token));
        return Open311Output.list(format, 200, "service_requests", "request",
                List.of(item("service_request_id", number, "token", token)));
    }

    private Map<String, Object> request(PublicCase c) {
        boolean closed = CLOSED.contains(c.state());
        Instant updated = c.timeline().isEmpty() ? c.reportedAt() : c.timeline().get(c.timeline().size() - 1).at();
        String media = c.photos().stream().filter(p -> p.step() != null).findFirst()
                .map(p -> uri.getBaseUriBuilder().replacePath(request.getContextPath())
                        .path("api/v1/offices/{office}/cases/{number}/photos/{id}")
                        .build(TenantContext.current().orElse(""), c.number(), p.id()).toString())
                .orElse(null);
        return item(
                "service_request_id", c.number(),
                "status", closed ? "closed" : "open",
                "status_notes", NOTES.getOrDefault(c.state(), c.state().name()),
                "service_name", c.categoryName(),
                "service_code", c.categoryCode(),
                "description", c.description(),
                "agency_responsible", c.unitName(),
                "service_notice", null,
                "requested_datetime", time(c.reportedAt()),
                "updated_datetime", time(updated),
                "expected_datetime", closed ? null : time(c.deadline()),
                "address", c.address(),
                "address_id", null,
                "zipcode", null,
                "lat", c.latitude(),
                "long", c.longitude(),
                "media_url", media);
    }

    private static String time(Instant at) {
        return at == null ? null : ISO.format(at.atZone(WorkCalendar.CHINA).toOffsetDateTime());
    }

    private static Instant date(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(value).atStartOfDay(WorkCalendar.CHINA).toInstant();
            } catch (DateTimeParseException e) {
                throw new Open311Exception(400, name + " must be an ISO 8601 date-time such as 2026-11-01T00:00:00+08:00");
            }
        }
    }

    private StreetOffice office(String jurisdiction) {
        if (jurisdiction == null) {
            throw new Open311Exception(400, "jurisdiction_id is required: the street office's code, e.g. fenglin");
        }
        return tenants.find(jurisdiction.strip())
                .orElseThrow(() -> new Open311Exception(404, "jurisdiction_id not found: " + jurisdiction));
    }

    private CategoryView publicService(StreetOffice office, String code) {
        return in(office, () -> catalogue.categories(true)).stream()
                .filter(c -> c.parentCode() != null && c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Open311Exception(404, "service_code not found: " + code));
    }

    private static <T> T in(StreetOffice office, Supplier<T> work) {
        return TenantContext.supplyAs(office.code(), work);
    }

    /** A query parameter, absent when empty (the spec: an empty optional parameter is an absent one). */
    private String param(String name) {
        String v = uri.getQueryParameters().getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form == null ? null : form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Double number(MultivaluedMap<String, String> form, String name) {
        String v = value(form, name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, name + " must be a number");
        }
    }

    private static Set<String> csv(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

}
