package org.lianqin.publicreport.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    /** A problem that ends a request: thrown from anywhere below a resource, answered by {@link ProblemMappers}. */
    public static final class Raised extends RuntimeException {

        private final transient Problem problem;
        private final Long retryAfterSeconds;

        public Raised(Problem problem) {
            this(problem, null);
        }

        public Raised(Problem problem, Long retryAfterSeconds) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public Problem problem() {
            return problem;
        }

        public Long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static Raised badRequest(String code, String detail) {
        return new Raised(of(400, code, "Bad request / 请求有误", detail));
    }

    public static Raised notFound(String code, String detail) {
        return new Raised(of(404, code, "Not found / 未找到", detail));
    }
}
