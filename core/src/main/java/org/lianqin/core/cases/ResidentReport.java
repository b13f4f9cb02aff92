package org.lianqin.core.cases;

/**
 * A report as a resident (or an integrator on a resident's behalf) makes it. The idempotency key,
 * when given, makes a retried submission find the case the first attempt created.
 */
public record ResidentReport(SourceChannel channel, String categoryCode, Location place, String description,
                             String contact, String idempotencyKey) {
}
