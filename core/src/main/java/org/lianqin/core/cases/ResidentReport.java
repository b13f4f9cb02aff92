package org.lianqin.core.cases;

import org.lianqin.core.geo.Location;

import java.util.Map;

/**
 * A report as a resident (or an integrator on a resident's behalf) makes it. The idempotency key,
 * when given, makes a retried submission find the case the first attempt created. With an e-mail
 * contact, {@code follow} subscribes the resident to the case's public steps. {@code answers} answer the
 * category's extra questions (Questions), by question code. {@code mediaUrl} is the address of a photo
 * an Open311 integrator holds (http or https).
 */
public record ResidentReport(SourceChannel channel, String categoryCode, Location place, String description,
                             String contact, String idempotencyKey, boolean follow, Map<String, String> answers,
                             String mediaUrl) {

    /** A report without a photo address, as the site and the JSON API make it. */
    public ResidentReport(SourceChannel channel, String categoryCode, Location place, String description,
                          String contact, String idempotencyKey, boolean follow, Map<String, String> answers) {
        this(channel, categoryCode, place, description, contact, idempotencyKey, follow, answers, null);
    }
}
