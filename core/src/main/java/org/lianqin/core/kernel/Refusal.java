package org.lianqin.core.kernel;

import org.lianqin.core.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every reason the application refuses a request, each with a stable code for machines (the {@code code}
 * of a problem+json answer, the site's error mark) and its words for people in Chinese and English, kept
 * together in one bundle ({@code refusals.properties} / {@code refusals_en.properties}, keyed by the
 * constant's name; a test fails when a constant has no text in either). Several constants may share a
 * code when the same kind of refusal needs different words (every missing reason is {@code reason-required}).
 * Parameters are filled in with {@link java.text.MessageFormat}; a {@link Label} parameter is put in the
 * reader's language.
 */
public enum Refusal {
    // the case workflow
    STATE("state"),
    ROLE("role"),
    STAFF_ONLY("role"),
    REPORTER_ONLY("role"),
    UNIT_OFFICER_ONLY("role"),
    ADMIN_ONLY_ORGANISATION("role"),
    ADMIN_ONLY_CATALOGUE("role"),
    REJECT_REASON_REQUIRED("reason-required"),
    VERIFY_REASON_REQUIRED("reason-required"),
    RETURN_REASON_REQUIRED("reason-required"),
    EXTENSION_REASON_REQUIRED("reason-required"),
    DEFERRAL_REASON_REQUIRED("reason-required"),
    REOPEN_REASON_REQUIRED("reason-required"),
    CLOSE_NOTE_REQUIRED("note-required"),
    RESULT_REQUIRED("result-required"),
    COMMENT_REQUIRED("text-required"),
    PUBLIC_TEXT_REQUIRED("text-required"),
    DEADLINE_BEFORE_DISPATCH("deadline"),
    EXTENDED_DEADLINE_TOO_EARLY("deadline"),
    EXTENSION_HOURS("hours"),
    EXTENSION_PENDING("pending"),
    DEFERRAL_PENDING("pending"),
    NO_EXTENSION_REQUEST("no-request"),
    NO_DEFERRAL_REQUEST("no-request"),
    MERGE_SELF("merge-self"),
    MERGE_TARGET("merge-target"),
    TOO_LATE("too-late"),
    RATED("rated"),
    SCORE("score"),
    NOT_OVERDUE("not-overdue"),
    UNIT_REQUIRED("unit"),
    PHOTO_UNKNOWN("photo-unknown"),
    ALREADY_HIDDEN("publication"),
    REPLY_STEP("reply-step"),
    REPLY_CATEGORY("reply-category"),
    REPLY_TEXT("text-required"),
    REPLY_UNKNOWN("reply-unknown"),
    API_KEY_UNKNOWN("api-key-unknown"),
    CATEGORY_LIMITS("category-limits"),
    CATEGORY_URGENT_LIMIT("category-limits"),
    STAFF_LOGIN("staff-login"),
    STAFF_LOGIN_TAKEN("staff-login-taken"),
    STAFF_ROLES("staff-roles"),
    STAFF_UNIT_REQUIRED("unit"),
    STAFF_NOT_FOUND("staff-not-found"),
    UNIT_NOT_FOUND("unit-not-found"),
    UNIT_PHONE("unit-phone"),
    LAST_ADMIN("last-admin"),
    PASSWORD_WRONG("password-wrong"),
    PASSWORD_WEAK("password-weak"),
    PASSWORD_SAME("password-same"),
    ALREADY_SHOWN("publication"),
    CASE_NOT_FOUND("case-not-found"),
    PUBLIC_CASE_NOT_FOUND("case-not-found"),
    CONCURRENT_UPDATE("concurrent-update"),
    // what residents and integrators send
    DESCRIPTION_REQUIRED("description-required"),
    DESCRIPTION_TOO_LONG("description-too-long"),
    COMMENT_TOO_LONG("comment-too-long"),
    REASON_TOO_LONG("reason-too-long"),
    ADDRESS_TOO_LONG("address-too-long"),
    PLACE_REQUIRED("place-required"),
    MEDIA_URL("media-url"),
    MARKUP("markup"),
    TEXT_CHARACTERS("invalid-characters"),
    CONTACT_INVALID("contact-invalid"),
    IDEMPOTENCY_KEY("idempotency-key"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused"),
    CATEGORY_REQUIRED("category"),
    CATEGORY_UNKNOWN("category-unknown"),
    ATTRIBUTE_UNKNOWN("attribute"),
    ATTRIBUTE_REQUIRED("attribute"),
    ATTRIBUTE_TOO_LONG("attribute"),
    ATTRIBUTE_NOT_NUMBER("attribute"),
    ATTRIBUTE_NOT_LISTED("attribute"),
    PAGING("paging"),
    OFFICE_UNKNOWN("office-unknown"),
    OFFICE_SUSPENDED("office-suspended"),
    NO_OFFICE_HERE("no-office-here"),
    PHOTO_EMPTY("photo-empty"),
    PHOTO_SIZE("photo-size"),
    PHOTO_TYPE("photo-type"),
    PHOTO_COUNT("photo-count"),
    PHOTO_PIXELS("photo-pixels"),
    PHOTO_BROKEN("photo-broken"),
    PHOTO_NOT_FOUND("photo-not-found"),
    POINT_INCOMPLETE("point-incomplete"),
    POINT_INVALID("point-invalid"),
    POINT_OUTSIDE_OFFICE("point-outside-office"),
    // the web's own checks of a request
    TOO_LARGE("too-large"),
    JSON_TOO_LARGE("too-large"),
    RATE_LIMITED("rate-limited"),
    REJECTED("rejected"),
    BODY_REQUIRED("body-required"),
    MALFORMED_JSON("malformed"),
    WRONG_JSON("malformed"),
    INVALID_UTF8("invalid-utf8"),
    MALFORMED_MULTIPART("malformed-multipart"),
    FIELD_TOO_LONG("field-too-long"),
    NOT_A_NUMBER("not-a-number"),
    UNEXPECTED_FILE("unexpected-file"),
    CONTENT_TYPE("unsupported-media-type"),
    UNAVAILABLE("unavailable"),
    // the street office's set-up
    NAME_REQUIRED("required"),
    DUPLICATE_UNIT("duplicate"),
    DUPLICATE_GRID("duplicate"),
    GRID_CODE("grid-code"),
    GRID_FILE("grid-file"),
    GRID_FEATURE("grid-file"),
    GRID_UNREADABLE("grid-file"),
    GRID_NO_FEATURES("grid-file"),
    GRID_NOT_A_POLYGON("grid-file"),
    GRID_NO_CODE("grid-file"),
    GRID_BAD_CODE("grid-file"),
    GRID_NO_NAME("grid-file"),
    GRID_NAME_TOO_LONG("grid-file"),
    GRID_ROADS_TOO_LONG("grid-file"),
    GRID_FILE_TOO_BIG("grid-file"),
    GRID_FILE_ENCODING("grid-file"),
    GRID_DUPLICATE_CODE("grid-file"),
    GRID_COORDINATES("grid-file"),
    GRID_RING_OPEN("grid-file"),
    GRID_RING_SHORT("grid-file"),
    GRID_SELF_INTERSECTION("grid-file"),
    GRID_OUTSIDE_OFFICE("grid-file"),
    GRID_OVERLAP("grid-file"),
    STAFF_NOT_INSPECTOR("inspector"),
    OPERATIONS_ROLE("role"),
    DUTY_ROLE("role"),
    QUESTION_CODE("question"),
    QUESTION_DUPLICATE("question"),
    QUESTION_LABEL("question"),
    QUESTION_DATATYPE("question"),
    QUESTION_VALUES("question"),
    CALENDAR_NO_NATIONAL("calendar"),
    DUTY_REASON("reason-required"),
    DUTY_PERCENT("duty-percent"),
    DUTY_NOT_DISPATCHER("duty-dispatcher"),
    OPERATION_NOT_FOUND("not-found"),
    OPERATION_TIMES("operation-times"),
    OPERATION_GRIDS("operation-grids"),
    OPERATION_UNITS("operation-units"),
    OPERATION_NOT_STARTED("operation-state"),
    OPERATION_CANCELLED("operation-state"),
    OPERATION_DONE("operation-state"),
    OPERATION_CASE_LINKED("duplicate"),
    RESULT_KIND_NOT_FOUND("not-found"),
    RESULT_QUANTITY("result-quantity"),
    DUPLICATE_RESULT_KIND("duplicate"),
    GRID_NOT_FOUND("not-found"),
    SQUAD_NOT_FOUND("not-found"),
    CATEGORY_NOT_FOUND("category"),
    API_KEY_NAME("required"),
    // measures, assessment and reports
    PERIOD_INVALID("period"),
    ASSESSMENT_WEIGHTS("assessment-weights"),
    ASSESSMENT_SCORE("assessment-score"),
    ASSESSMENT_REASON_REQUIRED("reason-required"),
    REPORT_NOT_FOUND("not-found"),
    REPORT_NOT_READY("report-state"),
    NEXT_STEPS_TOO_LONG("too-long"),
    // the district
    ONBOARDING("onboarding"),
    OFFICE_CODE("office-code"),
    OFFICE_CODE_TAKEN("office-code-taken"),
    OFFICE_KIND("office-kind"),
    OFFICE_BOUNDARY("office-boundary"),
    OFFICE_BOUNDARY_REQUIRED("office-boundary"),
    TEMPLATE_UNKNOWN("template-unknown"),
    TEMPLATE_CODE("template-code"),
    TEMPLATE_CODE_TAKEN("template-code-taken"),
    OFFICE_NOT_ACTIVE("office-state"),
    OFFICE_NOT_SUSPENDED("office-state"),
    OFFICE_RETIRED("office-state"),
    OFFICE_ADMIN_UNKNOWN("not-found"),
    TOKEN_UNKNOWN("not-found"),
    NOT_TEXT("not-text"),
    OFFICE_CODE_REQUIRED("office-code"),
    OFFICE_CLOSED("office-suspended"),
    OFFICE_RETIRE_RUNNING("office-state");

    private static final String BUNDLE = "org.lianqin.core.kernel.refusals";

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    /** The stable code of this kind of refusal, as APIs and pages show it. */
    public String code() {
        return code;
    }

    /** The words of this refusal in the locale's language (Chinese unless English was asked for). */
    public String text(Locale locale, Object... params) {
        Object[] localised = Arrays.stream(params)
                .map(p -> p instanceof Label l ? l.in(locale) : p)
                .toArray();
        return Messages.translate(BUNDLE, Refusal.class.getClassLoader(), name(), locale, localised);
    }

    /** The first refusal with this code: for a page that has only the code of a refusal made elsewhere. */
    public static Optional<Refusal> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** A word that a refusal quotes (a state, a role, a question's label), in both languages. */
    public record Label(String zh, String en) {

        public String in(Locale locale) {
            return Messages.supported(locale) == Messages.ENGLISH ? en : zh;
        }
    }
}
