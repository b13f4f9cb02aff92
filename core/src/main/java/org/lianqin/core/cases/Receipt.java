package org.lianqin.core.cases;

/**
 * What a resident gets back for a report: the case number and the private access code that opens its
 * tracking page — shown once, stored nowhere but as a hash.
 */
public record Receipt(String number, String accessCode, boolean repeated) {
}
