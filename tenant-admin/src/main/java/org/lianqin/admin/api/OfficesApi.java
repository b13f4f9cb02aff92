package org.lianqin.admin.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lianqin.core.district.DistrictOffices;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.district.Onboarded;
import org.lianqin.core.district.Onboarding;
import org.lianqin.core.district.OnboardingRefused;
import org.lianqin.core.district.OnboardingRequest;
import org.lianqin.core.district.OfficeSetUp;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.measures.MeasureFilter;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.reports.KeptReports;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantKind;
import org.lianqin.rest.Problem;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The district's street offices for scripts: list, onboard in one call (the same call again answers the
 * first result), suspend, resume, retire (each asked again answers the state it is in), reset an
 * admin's password, issue and revoke API keys; an office's measures for a period and its work report (PDF).
 *
 * <p>Described by {@code META-INF/openapi.yaml} with its full paths (/admin/api/v1/...): Payara merges the
 * OpenAPI documents of an EAR's web modules into one without their context roots, where these paths
 * would clash with the residents' API (/api/v1/offices), so the scanned operations are hidden.
 */
@Path("offices")
@Produces(MediaType.APPLICATION_JSON)
public class OfficesApi {

    @EJB
    DistrictOffices offices;

    @EJB
    Onboarding onboarding;

    @EJB
    DistrictSignIn signIn;

    @EJB
    Measures measures;

    @EJB
    KeptReports reports;

    @GET
    @Operation(hidden = true, summary = "街镇一览及其数字 / the street offices with their figures")
    public List<DistrictOffices.OfficeRow> list() {
        return offices.offices();
    }

    /**
     * Onboards a street office: {@code {"code", "name", "kind": "STREET"|"TOWN", "boundary": GeoJSON,
     * "template", "grids": GeoJSON FeatureCollection (optional), "admin": {"login", "name"}}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "一步开通街镇（同一请求重试时返回首次结果）/ onboard a street office in one step (a retried identical call answers the first result)")
    public Response onboard(String body) {
        JsonObject o = object(body);
        JsonObject admin = o.get("admin") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        List<OnboardingRefused.FieldProblem> notText = new ArrayList<>();
        String code = field(o, "code", OnboardingRequest.CODE, notText);
        String name = field(o, "name", OnboardingRequest.NAME, notText);
        String kind = field(o, "kind", OnboardingRequest.KIND, notText);
        String template = field(o, "template", OnboardingRequest.TEMPLATE, notText);
        String adminLogin = field(admin, "login", OnboardingRequest.ADMIN_LOGIN, notText);
        String adminName = field(admin, "name", OnboardingRequest.ADMIN_NAME, notText);
        if (!notText.isEmpty()) {
            throw new OnboardingRefused(notText);
        }
        String grids = geoJson(o.get("grids"));
        Onboarded done = onboarding.onboard(new OnboardingRequest(code, name, kind(kind), geoJson(o.get("boundary")), template,
                grids == null ? null : grids.getBytes(StandardCharsets.UTF_8), adminLogin, adminName), signIn.caller());
        return (done.repeated() ? Response.ok() : Response.created(URI.create("/admin/api/v1/offices/" + done.code())))
                .entity(done).build();
    }

    @GET
    @Path("{code}")
    @Operation(hidden = true, summary = "一个街镇及其数字 / one street office with its figures")
    public DistrictOffices.OfficeRow office(@PathParam("code") String code) {
        return offices.office(code).orElseThrow(() -> Problem.notFound(Refusal.OFFICE_UNKNOWN));
    }

    @POST
    @Path("{code}/suspend")
    @Operation(hidden = true, summary = "暂停街镇：工作人员不能登录，居民网站和 Open311 暂停受理，数据保留 / suspend: staff cannot sign in, no reports taken, data kept")
    public DistrictOffices.OfficeRow suspend(@PathParam("code") String code) {
        return after(offices.suspend(code, signIn.caller()));
    }

    @POST
    @Path("{code}/resume")
    @Operation(hidden = true, summary = "恢复已暂停的街镇 / resume a suspended street office")
    public DistrictOffices.OfficeRow resume(@PathParam("code") String code) {
        return after(offices.resume(code, signIn.caller()));
    }

    @POST
    @Path("{code}/retire")
    @Operation(hidden = true, summary = "撤销街镇：只读保留，不能恢复 / retire a street office: kept read-only, for good")
    public DistrictOffices.OfficeRow retire(@PathParam("code") String code) {
        return after(offices.retire(code, signIn.caller()));
    }

    @GET
    @Path("{code}/admins")
    @Operation(hidden = true, summary = "街镇管理员账号的状态 / the street office's admin accounts")
    public List<OfficeSetUp.AdminAccount> admins(@PathParam("code") String code) {
        return offices.admins(code);
    }

    @POST
    @Path("{code}/admins/{login}/password")
    @Operation(hidden = true, summary = "重置街镇管理员的密码（一次性密码只返回这一次）/ reset a street office admin's password (the one-time password is answered once)")
    public Map<String, String> resetPassword(@PathParam("code") String code, @PathParam("login") String login) {
        String password = offices.resetAdminPassword(code, login, signIn.caller());
        return Map.of("signIn", login + "@" + code, "oneTimePassword", password);
    }

    @GET
    @Path("{code}/keys")
    @Operation(hidden = true, summary = "街镇的接口密钥（不含密钥本身）/ the street office's API keys (never the keys)")
    public List<ApiKeys.KeyInfo> keys(@PathParam("code") String code) {
        return offices.keys(code);
    }

    @POST
    @Path("{code}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "代街镇签发接口密钥：{\"integrator\": 使用方}（密钥只返回这一次）/ issue an API key on the office's behalf (answered once)")
    public Response issueKey(@PathParam("code") String code, String body) {
        String integrator = text(object(body).get("integrator"));
        if (integrator == null) {
            throw Problem.badRequest(Refusal.API_KEY_NAME);
        }
        String key = offices.issueKey(code, integrator, signIn.caller());
        return Response.status(201).entity(Map.of("integrator", integrator.strip(), "key", key)).build();
    }

    @DELETE
    @Path("{code}/keys/{id}")
    @Operation(hidden = true, summary = "吊销街镇的接口密钥（重复吊销无影响）/ revoke an API key (revoking again changes nothing)")
    public ApiKeys.KeyInfo revokeKey(@PathParam("code") String code, @PathParam("id") long id) {
        return offices.revokeKey(code, id, signIn.caller());
    }

    private DistrictOffices.OfficeRow after(StreetOffice changed) {
        return offices.office(changed.code()).orElseThrow(() -> Problem.notFound(Refusal.OFFICE_UNKNOWN));
    }

    static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest(Refusal.WRONG_JSON);
        }
    }

    /** A member that must be text: a string as it is, missing or null as null, anything else refused in words. */
    static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw Problem.badRequest(Refusal.WRONG_JSON);
    }

    /** An onboarding member that must be text; anything else is one more problem of its field. */
    private static String field(JsonObject o, String member, String field, List<OnboardingRefused.FieldProblem> problems) {
        JsonValue value = o.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || value instanceof JsonString) {
            return value instanceof JsonString s ? s.getString() : null;
        }
        problems.add(new OnboardingRefused.FieldProblem(field, Refusal.NOT_TEXT, List.of(), List.of()));
        return null;
    }

    @GET
    @Path("{code}/measures")
    @Operation(hidden = true, summary = "街镇某周期的指标（同比、环比）/ a street office's measures for a period")
    public OfficeMeasures office(@PathParam("code") String code, @QueryParam("period") String period, @QueryParam("day") String day) {
        Period p = MeasuresApi.period(period, day);
        return TenantContext.supplyAs(known(code), () -> measures.of(p, MeasureFilter.all()));
    }

    @GET
    @Path("{code}/work-report")
    @Produces("application/pdf")
    @Operation(hidden = true, summary = "街镇某周期的工作报告（PDF）/ a street office's work report for a period (PDF)")
    public Response workReport(@PathParam("code") String code, @QueryParam("period") String period, @QueryParam("day") String day,
                               @QueryParam("lang") String lang) {
        Period p = MeasuresApi.period(period, day);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        byte[] pdf = TenantContext.supplyAs(known(code), () -> reports.workReportNow(p, locale));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + code + "-" + p.kind().name().toLowerCase(Locale.ROOT)
                        + "-" + p.start() + ".pdf\"").build();
    }

    private String known(String code) {
        return offices.office(code).map(DistrictOffices.OfficeRow::code).orElseThrow(() -> Problem.notFound(Refusal.OFFICE_UNKNOWN));
    }

    /** GeoJSON given as an object or as a string holding one (anything else is left for the check to refuse). */
    private static String geoJson(JsonValue value) {
        return value instanceof JsonObject object ? object.toString() : value instanceof JsonString s ? s.getString()
                : value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    private static TenantKind kind(String given) {
        if (given == null) {
            return null;
        }
        return switch (given.strip()) {
            case "STREET", "street", "街道" -> TenantKind.STREET;
            case "TOWN", "town", "镇" -> TenantKind.TOWN;
            default -> null;
        };
    }
}
