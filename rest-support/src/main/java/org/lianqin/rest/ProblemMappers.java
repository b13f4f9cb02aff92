package org.lianqin.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.ConcurrentUpdateException;
import org.lianqin.core.district.OnboardingRefused;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.cases.ReportRefused;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the JSON API as a problem document: domain refusals as 4xx with core's message,
 * anything unexpected as a bare 500 whose details stay in the server log.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** Domain codes that are not plain bad requests. */
    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("office-unknown", 404),
            Map.entry("office-suspended", 403),
            Map.entry("state", 409),
            Map.entry("rated", 409),
            Map.entry("too-late", 409),
            Map.entry("role", 403),
            Map.entry("idempotency-key-reused", 422),
            Map.entry("not-found", 404),
            Map.entry("api-key-unknown", 404),
            Map.entry("office-state", 409),
            Map.entry("template-code-taken", 409));

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof Problem.Raised raised) {
            Response.ResponseBuilder r = Response.fromResponse(raised.problem().response());
            if (raised.retryAfterSeconds() != null) {
                r.header("Retry-After", raised.retryAfterSeconds());
            }
            return r.build();
        }
        if (e instanceof OnboardingRefused refused) {
            int status = refused.codeTaken() ? 409 : 400;
            return Problem.of(status, refused.codeTaken() ? "office-code-taken" : refused.code(),
                            status == 409 ? "Conflict / 代码已被使用" : "Bad request / 请求有误", refused.getMessage())
                    .withErrors(refused.problems().stream().map(p -> new Problem.FieldError(p.field(),
                            p.text(Messages.CHINESE), p.details(Messages.CHINESE))).toList())
                    .response();
        }
        if (e instanceof WorkflowException w) {
            int status = STATUS.getOrDefault(w.code(), 400);
            Problem problem = Problem.of(status, w.code(), status == 409 ? "Conflict / 当前状态不允许" : status == 403
                    ? "Forbidden / 不允许" : status == 404 ? "Not found / 未找到" : status == 422 ? "Unprocessable / 无法处理"
                    : "Bad request / 请求有误", w.getMessage());
            if (e instanceof ReportRefused refused) {   // every field's refusal, not only the first
                problem = problem.withErrors(refused.fields().stream().map(f -> new Problem.FieldError(f.name(),
                        f.refusal().getMessage(), List.of())).toList());
            }
            return problem.response();
        }
        if (e instanceof CaseNotFoundException) {
            return Problem.of(404, "Not found / 未找到", Refusal.CASE_NOT_FOUND).response();
        }
        if (e instanceof ConcurrentUpdateException c) {
            return Problem.of(409, "Conflict / 冲突", Refusal.CONCURRENT_UPDATE, c.number()).response();
        }
        if (e instanceof EJBAccessException) {
            return Problem.of(403, "forbidden", "Forbidden / 不允许", "无权进行此操作").response();
        }
        if (e instanceof JsonbException || e instanceof IllegalArgumentException) {
            return Problem.of(400, "Bad request / 请求有误", Refusal.WRONG_JSON).response();
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, "not-found", "Not found / 未找到", "没有这个地址").response();
        }
        if (e instanceof NotAllowedException) {
            return Problem.of(405, "method-not-allowed", "Method not allowed / 不支持此方法", "此地址不支持该请求方法").response();
        }
        if (e instanceof NotSupportedException) {
            return Problem.of(415, "unsupported-media-type", "Unsupported media type / 不支持的格式",
                    "请求体须为 application/json 或 multipart/form-data").response();
        }
        if (e instanceof NotAcceptableException) {
            return Problem.of(406, "not-acceptable", "Not acceptable / 无法提供", "只能以 JSON 回答").response();
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return Problem.of(status, "http-" + status, "Request refused / 请求被拒绝", "请求有误").response();
        }
        if (Unavailable.is(e)) {
            LOG.log(Level.WARNING, "The database is unavailable: answered 503 ({0})", e.getClass().getName());
            return Response.fromResponse(Problem.of(503, "Service unavailable / 暂时无法处理", Refusal.UNAVAILABLE).response())
                    .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a JSON API", thrown);
        return Problem.of(500, "internal", "Internal error / 内部错误", "服务器出错，请稍后再试；您提交的内容没有保存").response();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
