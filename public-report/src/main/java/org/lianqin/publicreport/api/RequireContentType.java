package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.kernel.Refusal;

/**
 * A POST with a body must say what the body is: without a Content-Type, JAX-RS would guess and read it
 * as whatever the method takes. Answered 415 with a problem before any resource runs. A POST without a
 * body (a "me too") needs none.
 */
@Provider
@PreMatching
public class RequireContentType implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (HttpMethod.POST.equals(request.getMethod()) && body && request.getMediaType() == null) {
            request.abortWith(Problem.of(415, "Unsupported media type / 不支持的格式", Refusal.CONTENT_TYPE,
                    "application/json").response());
        }
    }
}
