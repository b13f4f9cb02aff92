package org.lianqin.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.kernel.Refusal;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document: what every error of the JSON API answers with. {@code type} names the
 * kind of problem (a stable URI under /problems/, one per {@code code}); {@code detail} says it for a
 * person, in Chinese (the wording core uses); {@code errors}, when a request was refused on several
 * fields, names each field and says its problem.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /**
     * One field's problem, for a request refused on several fields at once: the field as the request names
     * it, the problem in words, and each flaw found in it (the features of a grid file).
     */
    public record FieldError(String field, String detail, List<String> details) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("/problems/" + code, title, status, detail, code, null);
    }

    /** The same problem, listing each field's. */
    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, List.copyOf(fieldErrors));
    }

    /** The problem as its JSON document, for answers written outside JAX-RS (the error page). */
    public String json() {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).add("code", code).build().toString();
    }

    /** The problem a status answers when nothing more precise is known (the server refused the request itself). */
    public static Problem ofStatus(int status) {
        return switch (status) {
            case 404 -> of(404, "not-found", "Not found / 未找到", "没有这个地址");
            case 405 -> of(405, "method-not-allowed", "Method not allowed / 不支持此方法", "此地址不支持该请求方法");
            case 413 -> of(413, Refusal.TOO_LARGE.code(), "Payload too large / 请求过大", Refusal.TOO_LARGE.text(Messages.CHINESE));
            case 503 -> of(503, Refusal.UNAVAILABLE.code(), "Service unavailable / 暂时无法处理", Refusal.UNAVAILABLE.text(Messages.CHINESE));
            default -> status < 500
                    ? of(status, "bad-request", "Bad request / 请求有误", "请求的地址或内容有误，没有保存任何内容")
                    : of(status, "internal", "Internal error / 内部错误", "服务器出错，请稍后再试；您提交的内容没有保存");
        };
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
