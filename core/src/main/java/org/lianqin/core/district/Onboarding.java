package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lianqin.core.geo.GridFile;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.GridFileRefused;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.security.Passwords;
import org.lianqin.core.security.StaffAdmin;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.Tenant;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Onboards a street office in one step: every field checked first and every problem named by its
 * field; then the office, its template's units, squads, catalogue, replies, result kinds, duty shares
 * and calendar, its grids and its first admin in one transaction ({@link OfficeSetUp}). The same request
 * again (a script retrying) answers the first result; a different one with a code already taken is refused.
 */
@Stateless
@RolesAllowed(Roles.DISTRICT_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Onboarding {

    private static final Refusal.Label NAME = new Refusal.Label("街镇名称", "Name");
    private static final Refusal.Label TEMPLATE = new Refusal.Label("模板", "Template");
    private static final Refusal.Label ADMIN_NAME = new Refusal.Label("管理员姓名", "Admin's name");
    private static final Refusal.Label ADMIN_LOGIN = new Refusal.Label("管理员用户名", "Admin's user name");

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    OfficeSetUp setUp;

    @EJB
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "lianqin.district-name", defaultValue = "徐汇区")
    String district;

    public Onboarded onboard(OnboardingRequest request, Actor by) {
        List<OnboardingRefused.FieldProblem> problems = new ArrayList<>();
        String code = request.code() == null ? "" : request.code().strip();
        if (code.isEmpty()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.CODE, Refusal.OFFICE_CODE_REQUIRED, List.of(), List.of()));
        } else if (!Tenant.CODE.matcher(code).matches()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.CODE, Refusal.OFFICE_CODE, List.of(code), List.of()));
        }
        String name = field(problems, OnboardingRequest.NAME, () -> Texts.required(request.name(), 100, NAME));
        if (request.kind() == null) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.KIND, Refusal.OFFICE_KIND, List.of(), List.of()));
        }
        String boundary = boundary(request.boundary(), problems);
        OfficeTemplate template = template(request.template(), problems);
        List<GridFile.Shape> grids = grids(request.gridFile(), boundary, problems);
        String adminLogin = request.adminLogin() == null ? "" : request.adminLogin().strip();
        if (adminLogin.isEmpty()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.ADMIN_LOGIN, Refusal.NAME_REQUIRED, List.of(ADMIN_LOGIN), List.of()));
        } else if (!StaffAdmin.LOGIN.matcher(adminLogin).matches()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.ADMIN_LOGIN, Refusal.STAFF_LOGIN, List.of(adminLogin), List.of()));
        }
        String adminName = field(problems, OnboardingRequest.ADMIN_NAME, () -> Texts.required(request.adminName(), 64, ADMIN_NAME));
        String fingerprint = fingerprint(code, name, request.kind() == null ? "" : request.kind().name(), boundary,
                template == null ? "" : template.code(), request.gridFile(), adminLogin, adminName);
        if (problems.stream().noneMatch(p -> p.field().equals(OnboardingRequest.CODE))) {
            Optional<Onboarded> earlier = earlier(code, fingerprint, problems);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (!problems.isEmpty()) {
            throw new OnboardingRefused(problems);
        }
        OfficeSetUp.Plan plan = new OfficeSetUp.Plan(code, name, request.kind(), district, boundary, template, grids,
                adminLogin, adminName, fingerprint);
        try {
            return TenantContext.supplyAs(code, () -> setUp.create(plan, Passwords.oneTime(), by));
        } catch (EJBException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // the same code onboarded at this very moment by another call: answered as if it came first
            List<OnboardingRefused.FieldProblem> late = new ArrayList<>();
            Optional<Onboarded> earlier = earlier(code, fingerprint, late);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            throw new OnboardingRefused(late);
        }
    }

    /** The first result when this code was onboarded with this very request; a problem when with another. */
    private Optional<Onboarded> earlier(String code, String fingerprint, List<OnboardingRefused.FieldProblem> problems) {
        Optional<StreetOffice> office = tenants.find(code);
        if (office.isEmpty()) {
            return Optional.empty();
        }
        OfficeOnboarding record = em.find(OfficeOnboarding.class, code);
        if (record != null && record.fingerprint().equals(fingerprint)) {
            return Optional.of(OfficeSetUp.fromJson(record.reply()));
        }
        problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.CODE, Refusal.OFFICE_CODE_TAKEN,
                List.of(code, office.get().name()), List.of()));
        return Optional.empty();
    }

    private static String field(List<OnboardingRefused.FieldProblem> problems, String field, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (WorkflowException e) {
            problems.add(new OnboardingRefused.FieldProblem(field, e));
            return null;
        }
    }

    /** The boundary as the Polygon it is kept as (a Feature of one is unwrapped); null with a problem when it is none. */
    private static String boundary(String given, List<OnboardingRefused.FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.BOUNDARY, Refusal.OFFICE_BOUNDARY_REQUIRED, List.of(), List.of()));
            return null;
        }
        String geometry = given;
        try (JsonReader reader = Json.createReader(new StringReader(given))) {
            JsonObject root = reader.readObject();
            if ("FeatureCollection".equals(root.getString("type", "")) && root.getJsonArray("features").size() == 1) {
                root = root.getJsonArray("features").getJsonObject(0);
            }
            if ("Feature".equals(root.getString("type", "")) && root.get("geometry") instanceof JsonObject g) {
                geometry = g.toString();
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            geometry = "";
        }
        List<GridFile.Problem> flaws = GridFile.check("", geometry, null, List.of());
        if (!flaws.isEmpty()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.BOUNDARY, Refusal.OFFICE_BOUNDARY, List.of(),
                    flaws.stream().map(f -> new GridFile.Problem(0, "", f.flaw(), f.detail(), f.share())).toList()));
            return null;
        }
        return GridFile.asPolygon(geometry);
    }

    private OfficeTemplate template(String code, List<OnboardingRefused.FieldProblem> problems) {
        String clean = field(problems, OnboardingRequest.TEMPLATE, () -> Texts.required(code, 32, TEMPLATE));
        if (clean == null) {
            return null;
        }
        Optional<OfficeTemplate> found = em.createNamedQuery("OfficeTemplate.findByCode", OfficeTemplate.class)
                .setParameter("code", clean).getResultStream().findFirst();
        if (found.isEmpty()) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.TEMPLATE, Refusal.TEMPLATE_UNKNOWN, List.of(clean), List.of()));
        }
        return found.orElse(null);
    }

    /** The grids of the file, checked against the boundary (when that is good) and each other; none without a file. */
    private static List<GridFile.Shape> grids(byte[] file, String boundary, List<OnboardingRefused.FieldProblem> problems) {
        if (file == null || file.length == 0) {
            return List.of();
        }
        try {
            GridFile.Result read = GridFile.read(Organisation.gridFileText(file), boundary, List.of());
            if (!read.problems().isEmpty()) {
                throw new GridFileRefused(read.problems());
            }
            return read.shapes();
        } catch (WorkflowException e) {
            problems.add(new OnboardingRefused.FieldProblem(OnboardingRequest.GRIDS, e));
            return List.of();
        }
    }

    private static String fingerprint(String code, String name, String kind, String boundary, String template,
                                      byte[] grids, String adminLogin, String adminName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String gridsHash = grids == null || grids.length == 0 ? "" : HexFormat.of().formatHex(sha.digest(grids));
            String all = String.join("\u0000", code, String.valueOf(name), kind, String.valueOf(boundary), template,
                    gridsHash, adminLogin, String.valueOf(adminName));
            return HexFormat.of().formatHex(sha.digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean duplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    && String.valueOf(t.getMessage()).contains("uk_tenant_code")) {
                return true;
            }
        }
        return false;
    }
}
