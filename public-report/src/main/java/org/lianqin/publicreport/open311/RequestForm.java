package org.lianqin.publicreport.open311;

import jakarta.ws.rs.core.MultivaluedMap;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.geo.Location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an Open311 POST that make the report (the resource checks {@code jurisdiction_id} and
 * {@code api_key} first), read from the form as the specification names them, with empty fields
 * as absent ones and the checks Open311 answers in its own error format: {@code service_code} and a
 * location are required; {@code lat} and {@code long} come together and in range; {@code description}
 * is optional (photos or the answers to the service's attributes may say it all).
 */
record RequestForm(String serviceCode, Double lat, Double lon, String address,
                   String description, String contact, String mediaUrl, Map<String, String> attributes) {

    /** The longest a field other than {@code description} and {@code media_url} may be (names, ids, e-mail). */
    static final int MAX_FIELD = 256;

    /** Core checks the fields a case keeps; these it never sees, so their size is checked here. */
    private static final List<String> IGNORED = List.of("first_name", "last_name", "email", "device_id", "account_id");

    static RequestForm of(MultivaluedMap<String, String> form) {
        Map<String, String> attributes = new HashMap<>();
        if (form != null) {
            for (String name : IGNORED) {
                String v = form.getFirst(name);
                if (v != null && v.length() > MAX_FIELD) {
                    throw new Open311Exception(400, name + " is too long (at most " + MAX_FIELD + " characters)");
                }
            }
            for (String name : form.keySet()) {
                if (name.startsWith("attribute[") && name.endsWith("]") && value(form, name) != null) {
                    attributes.put(name.substring("attribute[".length(), name.length() - 1), value(form, name));
                }
            }
        }
        String code = value(form, "service_code");
        if (code == null) {
            throw new Open311Exception(400, "service_code is required");
        }
        Double lat = number(form, "lat");
        Double lon = number(form, "long");
        if ((lat == null) != (lon == null)) {
            throw new Open311Exception(400, "lat and long must be given together");
        }
        if (lat != null && !Location.isPoint(lon, lat)) {
            throw new Open311Exception(400, "lat/long out of range");
        }
        String address = Optional.ofNullable(value(form, "address_string")).orElse(value(form, "address_id"));
        if (lat == null && address == null) {
            throw new Open311Exception(400, "A location is required: lat and long, address_string or address_id");
        }
        return new RequestForm(code, lat, lon, address,
                value(form, "description"), Optional.ofNullable(value(form, "phone")).orElse(value(form, "email")),
                value(form, "media_url"), attributes);
    }

    /** The report this request makes, under the idempotency key given. */
    ResidentReport report(String key) {
        return new ResidentReport(SourceChannel.OPEN311, serviceCode, new Location(address, lon, lat), description,
                contact, key, false, attributes, mediaUrl);
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
}
