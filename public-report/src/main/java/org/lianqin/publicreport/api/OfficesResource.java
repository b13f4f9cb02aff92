package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.cases.PublicStatistics;
import org.lianqin.core.cases.PublicSummary;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.Slice;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.routing.Routing;
import org.lianqin.core.tenancy.TenantDirectory;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Street offices, their public categories and cases, and new reports. */
// one instance serves every request (@Context fields are proxies to the current request): building a
// resource and injecting its EJBs per request was a third of an Open311 list's time
@ApplicationScoped
@Path("offices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices", description = "街镇、问题类别、公开案件与上报 / street offices, categories, public cases, reports")
public class OfficesResource {

    /** As JAX-RS writes answers (JSON-B's defaults), for the answers kept written. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    TenantDirectory tenants;

    @EJB
    Catalogue catalogue;

    @EJB
    ResidentCases residents;

    @EJB
    PublicRecord record;

    @EJB
    Routing routing;

    @Inject
    Offices offices;

    @Inject
    PublicSnapshots snapshots;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "受理上报的街镇 / the street offices taking reports")
    public List<ApiViews.Office> list() {
        return tenants.activeStreetOffices().stream().map(ApiViews.Office::of).toList();
    }

    @GET
    @Path("at")
    @Operation(summary = "哪个街镇负责这个位置 / the street office whose grids cover the point")
    public ApiViews.Office at(@QueryParam("longitude") Double longitude, @QueryParam("latitude") Double latitude) {
        if (longitude == null || latitude == null) {
            throw Problem.badRequest(Refusal.POINT_INCOMPLETE);
        }
        Location place = Uploads.place(null, longitude, latitude);
        return tenants.activeStreetOffices().stream()
                .filter(o -> offices.in(o.code(), () -> routing.gridAt(place)).isPresent())
                .findFirst().map(ApiViews.Office::of)
                .orElseThrow(() -> Problem.notFound(Refusal.NO_OFFICE_HERE));
    }

    @GET
    @Path("{office}")
    @Operation(summary = "一个街镇 / one street office (also a suspended one: acceptingReports=false)")
    public ApiViews.Office one(@PathParam("office") String office) {
        return ApiViews.Office.of(offices.require(office));
    }

    @GET
    @Path("{office}/categories")
    @Operation(summary = "群众可选的问题类别（大类→小类）/ the categories residents choose from")
    public List<ApiViews.CategoryGroup> categories(@PathParam("office") String office) {
        return offices.in(office, () -> catalogue.tree(true)).stream().map(g -> new ApiViews.CategoryGroup(
                g.main().code(), g.main().nameZh(), g.main().nameEn(),
                g.subs().stream().map(ApiViews.Category::of).toList())).toList();
    }

    @POST
    @Path("{office}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "上报问题（JSON，无照片）/ report a problem as JSON (no photos)")
    public Response submitJson(@PathParam("office") String office, @HeaderParam("Idempotency-Key") String key,
                               InputStream body) {
        limits.take(clients.of(request), RateLimits.Action.SUBMIT);
        ApiViews.ReportRequest r = StrictJson.read(body, ApiViews.ReportRequest.class);
        return submit(office, r, key, List.of());
    }

    @POST
    @Path("{office}/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上报问题（表单，可附最多 5 张照片，字段名 photo）/ report with up to 5 photos")
    public Response submitForm(@PathParam("office") String office, @HeaderParam("Idempotency-Key") String key) {
        limits.take(clients.of(request), RateLimits.Action.SUBMIT);
        offices.require(office);
        Uploads form = Uploads.read(request);
        ApiViews.ReportRequest r = new ApiViews.ReportRequest(form.field("category"), form.field("description"),
                form.field("address"), form.number("longitude"), form.number("latitude"), form.field("contact"),
                form.field("website"), form.field("follow") == null ? null : !"false".equals(form.field("follow")),
                form.prefixed("attribute["));
        return submit(office, r, key != null ? key : form.field("idempotencyKey"), form.photos());
    }

    private Response submit(String office, ApiViews.ReportRequest r, String key, List<Photo> photos) {
        if (r.website() != null && !r.website().isBlank()) {
            throw Problem.badRequest(Refusal.REJECTED);
        }
        Location place = Uploads.place(r.address(), r.longitude(), r.latitude());
        Receipt receipt = offices.in(office, () -> residents.submit(new ResidentReport(SourceChannel.PUBLIC_WEB,
                r.category(), place, r.description(), r.contact(), key, !Boolean.FALSE.equals(r.follow()), r.answers()), photos));
        String track = "/track?number=" + receipt.number();
        return Response.status(receipt.repeated() ? 200 : 201)
                .location(URI.create(request.getContextPath() + "/api/v1/offices/" + office + "/cases/" + receipt.number()))
                .cacheControl(noStore())
                .entity(new ApiViews.ReceiptResponse(receipt.number(), receipt.accessCode(), receipt.repeated(), track))
                .build();
    }

    @GET
    @Path("{office}/cases")
    @Operation(summary = "公开的案件（已立案、未隐藏），最新在前 / public cases, newest first")
    @APIResponse(responseCode = "200", description = "a page of public cases (items, page, size, hasNext)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Slice.class)))
    public Response cases(@PathParam("office") String office,
                          @QueryParam("open") @DefaultValue("true") boolean openOnly,
                          @QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("20") int size) {
        // kept written: a storm on one office's list costs one reading and one writing every few seconds
        PublicSnapshots.Written list = snapshots.written(office, List.of("cases", String.valueOf(openOnly), String.valueOf(page),
                String.valueOf(size)), () -> new PublicSnapshots.Written(JSON.toJson(offices.in(office,
                () -> record.list(openOnly, page, size))), MediaType.APPLICATION_JSON));
        return Response.ok(list.body(), list.type()).build();
    }

    @GET
    @Path("{office}/cases/nearby")
    @Operation(summary = "附近同类未办结的公开案件（上报前查重）/ open public cases of the category nearby")
    public List<PublicSummary> nearby(@PathParam("office") String office, @QueryParam("category") String category,
                                      @QueryParam("longitude") Double longitude, @QueryParam("latitude") Double latitude) {
        Location place = Uploads.place(null, longitude, latitude);
        return offices.in(office, () -> record.nearby(category, place));
    }

    @GET
    @Path("{office}/cases/{number}")
    @Operation(summary = "一个公开案件 / one public case")
    public PublicCase publicCase(@PathParam("office") String office, @PathParam("number") String number) {
        return offices.in(office, () -> record.publicCase(number))
                .orElseThrow(() -> Problem.notFound(Refusal.PUBLIC_CASE_NOT_FOUND));
    }

    @POST
    @Path("{office}/cases/{number}/support")
    @Operation(summary = "“我也遇到了”：支持一个未办结的公开案件 / +1 an open public case")
    public PublicCase support(@PathParam("office") String office, @PathParam("number") String number) {
        limits.take(clients.of(request), RateLimits.Action.SUPPORT);
        StreetOffice where = offices.require(office);
        PublicCase supported = offices.in(where, () -> residents.support(number, clients.supporter(request))).view();
        snapshots.forgetOffice(where.code());
        return supported;
    }

    @GET
    @Path("{office}/cases/{number}/photos/{id}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "案件的公开照片（举报人凭查询码可看自己的全部照片）/ a photo of a case")
    public Response photo(@PathParam("office") String office, @PathParam("number") String number,
                          @PathParam("id") long id, @HeaderParam("X-Access-Code") String code) {
        if (code != null) {
            limits.take(clients.of(request), RateLimits.Action.ACCESS);
        }
        return offices.in(office, () -> record.photo(number, code, id))
                .map(p -> Response.ok(p.content(), p.contentType())
                        .cacheControl(privateCache()).build())
                .orElseThrow(() -> Problem.notFound(Refusal.PHOTO_NOT_FOUND));
    }

    @GET
    @Path("{office}/map")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "街镇的地图：街镇与网格的边界、未办结的公开问题（GeoJSON）/ the office's outlines and open problems as GeoJSON")
    public Response map(@PathParam("office") String office) {
        StreetOffice where = offices.require(office);
        PublicSnapshots.Written written = snapshots.written(where.code(), List.of("map"), () -> new PublicSnapshots.Written(
                MapFeatures.of(where, offices.in(where, () -> record.map())).toString(), "application/geo+json"));
        return Response.ok(written.body(), written.type()).build();
    }

    @GET
    @Path("{office}/statistics")
    @Operation(summary = "街镇的公开统计：本月、本年案件数，办结率，办结用时中位数，满意度 / the office's public record")
    public PublicStatistics statistics(@PathParam("office") String office) {
        return offices.in(office, () -> record.statistics());
    }

    static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        return c;
    }

    private static CacheControl privateCache() {
        CacheControl c = new CacheControl();
        c.setPrivate(true);
        c.setMaxAge(3600);
        return c;
    }
}
