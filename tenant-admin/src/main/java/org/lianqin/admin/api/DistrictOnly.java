package org.lianqin.admin.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import org.lianqin.admin.security.ConsoleAuthentication;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.kernel.Roles;
import org.lianqin.rest.Problem;

/**
 * Every request of the provisioning API must come from a district admin known by a valid token in this
 * very request (never by the console's session cookie): otherwise it is answered 401, as a problem,
 * with how to authenticate, before any resource runs.
 */
@Provider
public class DistrictOnly implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null
                || !request.getSecurityContext().isUserInRole(Roles.DISTRICT_ADMIN)
                || servletRequest.getAttribute(ConsoleAuthentication.BY_TOKEN) == null) {
            request.abortWith(Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized / 未认证",
                            "请在请求头 Authorization 中提供区级管理员的接口令牌（Bearer），令牌在区级控制台“接口令牌”页签发").response())
                    .header("WWW-Authenticate", "Bearer realm=\"lianqin-district\"").build());
        }
    }
}
