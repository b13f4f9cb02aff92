package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a case keeps of the person who reported it: their contact (private: never shown publicly, never
 * logged), the hash of the access code that lets them follow it (the code itself is never stored), their
 * answers to the category's extra questions, and the key a retried submission repeats with the
 * fingerprint of what it first sent.
 */
@Embeddable
public class Reporter {

    @Column(name = "reporter_contact", length = 100)
    private String contact;

    @Column(name = "access_code_hash", length = 255)
    private String accessCodeHash;

    /** The reporter's answers to the category's extra questions, for staff (Questions.check). */
    @Column(length = 1000)
    private String answers;

    /** The key a retried submission repeats, so that it finds this case instead of filing another. */
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    /** The SHA-256 of the first submission under the key: a repeat must match it (ReportIntake.fingerprint). */
    @Column(name = "idempotency_fingerprint", length = 64)
    private String idempotencyFingerprint;

    /** The address of a photo an Open311 integrator sent (http or https only), given back on the request. */
    @Column(name = "media_url", length = 2000)
    private String mediaUrl;

    protected Reporter() {
    }

    Reporter(String contact, String accessCodeHash) {
        this.contact = contact;
        this.accessCodeHash = accessCodeHash;
    }

    void submitted(String key, String fingerprint, String answers, String mediaUrl) {
        this.idempotencyKey = key;
        this.idempotencyFingerprint = fingerprint;
        this.answers = answers;
        this.mediaUrl = mediaUrl;
    }

    public String contact() {
        return contact;
    }

    public String accessCodeHash() {
        return accessCodeHash;
    }

    public String answers() {
        return answers;
    }

    public String mediaUrl() {
        return mediaUrl;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    String idempotencyFingerprint() {
        return idempotencyFingerprint;
    }
}
