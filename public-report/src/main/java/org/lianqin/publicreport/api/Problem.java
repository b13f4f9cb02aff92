package org.lianqin.publicreport.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.kernel.Refusal;

import java.util.Locale;

/**
 * An RFC 9457 problem document: what every error of the JSON API answers with. {@code type} names the
 * kind of problem (a stable URI under /problems/, one per {@code code}); {@code detail} says it for a
 * person, in Chinese (the wording core uses).
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("/problems/" + code, title, status, detail, code);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE.withCharset("utf-8")).entity(this).build();
    }

    /** The problem of a refusal: its code, its Chinese words as the detail. */
    public static Problem of(int status, String title, Refusal refusal, Object... params) {
        return of(status, refusal.code(), title, refusal.text(Messages.CHINESE, params));
    }

    /**
     * A problem that ends a request: thrown from anywhere below a resource, answered by {@link ProblemMappers},
     * or by a page, which says the refusal in its own language.
     */
    public static final class Raised extends RuntimeException {

        private final transient Problem problem;
        private final transient Refusal refusal;
        private final transient Object[] params;
        private final Long retryAfterSeconds;

        public Raised(int status, String title, Refusal refusal, Object... params) {
            this(status, title, null, refusal, params);
        }

        public Raised(int status, String title, Long retryAfterSeconds, Refusal refusal, Object... params) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
            this.params = params.clone();
            this.problem = of(status, title, refusal, params);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public Problem problem() {
            return problem;
        }

        /** The refusal in the reader's language. */
        public String message(Locale locale) {
            return refusal.text(locale, params);
        }

        public Long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static Raised badRequest(Refusal refusal, Object... params) {
        return new Raised(400, "Bad request / 请求有误", refusal, params);
    }

    public static Raised notFound(Refusal refusal, Object... params) {
        return new Raised(404, "Not found / 未找到", refusal, params);
    }
}
