package org.lianqin.publicreport.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.catalogue.CategoryGroup;
import org.lianqin.core.catalogue.CategoryView;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns core's records into Open311 GeoReport v2's shapes (as records that {@link Open311Output} writes):
 * the street office's 小类 as services, their extra questions as a service definition, a public case as a
 * service request. Times in ISO 8601 with Beijing's offset.
 */
final class Open311Assembler {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Map<CaseState, String> NOTES = Map.of(
            CaseState.REPORTED, "已收到，待指挥中心受理 / received, awaiting review",
            CaseState.REGISTERED, "已受理立案 / accepted",
            CaseState.DISPATCHED, "已派遣责任单位 / assigned to the responsible unit",
            CaseState.IN_PROGRESS, "责任单位处置中 / being handled",
            CaseState.HANDLED, "已处置，待核查 / handled, being checked",
            CaseState.CLOSED, "已办结 / closed");

    private Open311Assembler() {
    }

    record Service(@JsonbProperty("service_code") String serviceCode,
                   @JsonbProperty("service_name") String serviceName,
                   String description,
                   Boolean metadata,
                   String type,
                   String keywords,
                   String group) {
    }

    record ServiceDefinition(@JsonbProperty("service_code") String serviceCode, List<Attribute> attributes) {
    }

    record Attribute(Boolean variable, String code, String datatype, Boolean required,
                     @JsonbProperty("datatype_description") String datatypeDescription,
                     Integer order, String description, List<Value> values) {
    }

    record Value(String key, String name) {
    }

    record ServiceRequest(@JsonbProperty("service_request_id") String serviceRequestId,
                          String status,
                          @JsonbProperty("status_notes") String statusNotes,
                          @JsonbProperty("service_name") String serviceName,
                          @JsonbProperty("service_code") String serviceCode,
                          String description,
                          @JsonbProperty("agency_responsible") String agencyResponsible,
                          @JsonbProperty("service_notice") String serviceNotice,
                          @JsonbProperty("requested_datetime") String requestedDatetime,
                          @JsonbProperty("updated_datetime") String updatedDatetime,
                          @JsonbProperty("expected_datetime") String expectedDatetime,
                          String address,
                          @JsonbProperty("address_id") String addressId,
                          String zipcode,
                          Double lat,
                          @JsonbProperty("long") Double lon,
                          @JsonbProperty("media_url") String mediaUrl) {
    }

    /** The answer to a POST: the new request's id (the case is filed at once, so no token). */
    record Created(@JsonbProperty("service_request_id") String serviceRequestId,
                   @JsonbProperty("service_notice") String serviceNotice,
                   @JsonbProperty("account_id") String accountId) {
    }

    record TokenAnswer(@JsonbProperty("service_request_id") String serviceRequestId, String token) {
    }

    record Discovery(String changeset, String contact, @JsonbProperty("key_service") String keyService,
                     List<Endpoint> endpoints) {
    }

    record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {
    }

    /** One entry of the specification's list of errors. */
    record ErrorItem(Integer code, String description) {
    }

    static List<Service> services(List<CategoryGroup> tree) {
        return tree.stream().flatMap(g -> g.subs().stream().map(c -> new Service(c.code(), c.nameZh(),
                c.nameZh() + " / " + c.nameEn(), !c.questions().isEmpty(), "realtime", c.nameEn(),
                g.main().nameZh()))).toList();
    }

    static ServiceDefinition definition(CategoryView service) {
        return new ServiceDefinition(service.code(), service.questions().stream().map(q -> new Attribute(
                true, q.code(), q.datatype(), q.required(),
                q.datatype().equals("number") ? "数字 / a number" : null,
                q.order(), q.labelZh() + " / " + q.labelEn(),
                q.values().entrySet().stream()
                        .map(e -> new Value(e.getKey(), e.getValue()[0] + " / " + e.getValue()[1])).toList()))
                .toList());
    }

    /**
     * A case as a service request. {@code photoUrl} gives the address of one of the case's public photos;
     * without one, the address the integrator sent is given back.
     */
    static ServiceRequest request(PublicCase c, Function<PublicCase.PhotoRef, String> photoUrl) {
        boolean closed = CaseState.FINISHED.contains(c.state());
        Instant updated = c.timeline().isEmpty() ? c.reportedAt() : c.timeline().get(c.timeline().size() - 1).at();
        String media = c.photos().stream().filter(p -> p.step() != null).findFirst().map(photoUrl).orElse(c.mediaUrl());
        return new ServiceRequest(c.number(), closed ? "closed" : "open",
                NOTES.getOrDefault(c.state(), c.state().name()), c.categoryName(), c.categoryCode(),
                c.description(), c.unitName(), null, time(c.reportedAt()), time(updated),
                closed ? null : time(c.deadline()), c.address(), null, null, c.latitude(), c.longitude(), media);
    }

    static String time(Instant at) {
        return at == null ? null : ISO.format(at.atZone(WorkCalendar.CHINA).toOffsetDateTime());
    }
}
