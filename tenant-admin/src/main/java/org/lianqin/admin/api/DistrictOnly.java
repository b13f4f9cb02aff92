package org.lianqin.admin.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.kernel.Roles;
import org.lianqin.rest.Problem;

/**
 * Every request of the provisioning API must come from a district admin (a valid token): otherwise it
 * is answered 401, as a problem, with how to authenticate, before any resource runs.
 */
@Provider
public class DistrictOnly implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null
                || !request.getSecurityContext().isUserInRole(Roles.DISTRICT_ADMIN)) {
            request.abortWith(Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized / 未认证",
                            "请在请求头 Authorization 中提供区级管理员的接口令牌（Bearer），令牌在区级控制台“接口令牌”页签发").response())
                    .header("WWW-Authenticate", "Bearer realm=\"lianqin-district\"").build());
        }
    }
}
