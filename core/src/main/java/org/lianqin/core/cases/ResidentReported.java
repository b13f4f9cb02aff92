package org.lianqin.core.cases;

/**
 * A resident's report was filed and its receipt issued: fired synchronously inside the transaction that
 * files it, for the copy of the receipt by mail and the resident's subscription ({@code follow}). Carries
 * the access code only in memory, to be put in that mail; it is never stored.
 */
public record ResidentReported(long caseId, String number, String officeName, String contact, String accessCode,
                               boolean follow) {
}
