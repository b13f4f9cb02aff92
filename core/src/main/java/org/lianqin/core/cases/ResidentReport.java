package org.lianqin.core.cases;

import java.util.Map;

/**
 * A report as a resident (or an integrator on a resident's behalf) makes it. The idempotency key,
 * when given, makes a retried submission find the case the first attempt created. With an e-mail
 * contact, {@code follow} subscribes the resident to the case's public steps. {@code answers} answer the
 * category's extra questions (Questions), by question code.
 */
public record ResidentReport(SourceChannel channel, String categoryCode, Location place, String description,
                             String contact, String idempotencyKey, boolean follow, Map<String, String> answers) {
}
