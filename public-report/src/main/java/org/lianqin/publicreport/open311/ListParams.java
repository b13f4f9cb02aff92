package org.lianqin.publicreport.open311;

import jakarta.ws.rs.QueryParam;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseState;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The arguments of an Open311 GET list ({@code requests.xml}), read as the specification says: an empty
 * argument is an absent one; {@code service_request_id} (comma-separated) overrides every other
 * argument; otherwise the window is {@code start_date} to {@code end_date}, by default the last 90 days
 * and never longer (a longer one is refused, as the discovery document says).
 */
public class ListParams {

    static final Duration WINDOW = Duration.ofDays(90);

    @QueryParam("jurisdiction_id")
    String jurisdictionId;

    @QueryParam("service_request_id")
    String serviceRequestId;

    @QueryParam("service_code")
    String serviceCode;

    @QueryParam("start_date")
    String startDate;

    @QueryParam("end_date")
    String endDate;

    @QueryParam("status")
    String status;

    /** The filters, checked; {@code now} ends the default window. */
    Filters filters(Instant now) {
        Set<String> ids = csv(serviceRequestId);
        if (!ids.isEmpty()) {
            return new Filters(ids, Set.of(), null, null, EnumSet.allOf(CaseState.class));
        }
        Instant to = present(endDate) ? date(endDate, "end_date") : now;
        Instant from = present(startDate) ? date(startDate, "start_date") : to.minus(WINDOW);
        if (!from.isBefore(to)) {
            throw new Open311Exception(400, "start_date must be before end_date");
        }
        if (Duration.between(from, to).compareTo(WINDOW) > 0) {
            throw new Open311Exception(400, "start_date and end_date can be at most 90 days apart");
        }
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        Set<String> wanted = csv(status);
        if (wanted.isEmpty()) {
            states.addAll(CaseState.OPEN);
            states.addAll(CaseState.FINISHED);
        }
        for (String s : wanted) {
            switch (s) {
                case "open" -> states.addAll(CaseState.OPEN);
                case "closed" -> states.addAll(CaseState.FINISHED);
                default -> throw new Open311Exception(400, "status must be open or closed");
            }
        }
        return new Filters(Set.of(), csv(serviceCode), from, to.plusNanos(1), states);
    }

    /** What to list: these numbers (then nothing else counts), or categories, a window [from, to) and states. */
    record Filters(Set<String> numbers, Set<String> categoryCodes, Instant from, Instant to, Set<CaseState> states) {
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private static Instant date(String value, String name) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(v).atStartOfDay(WorkCalendar.CHINA).toInstant();
            } catch (DateTimeParseException e) {
                throw new Open311Exception(400, name + " must be an ISO 8601 date-time such as 2026-11-01T00:00:00+08:00");
            }
        }
    }

    static Set<String> csv(String value) {
        if (!present(value)) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
