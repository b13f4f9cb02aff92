package org.lianqin.publicreport.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.kernel.Refusal;

/**
 * A POST must say what its body is: without a Content-Type, JAX-RS would guess and read the body as
 * whatever the method takes. Answered 415 with a problem before any resource runs.
 */
@Provider
@PreMatching
public class RequireContentType implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getMediaType() == null) {
            request.abortWith(Problem.of(415, "Unsupported media type / 不支持的格式", Refusal.CONTENT_TYPE,
                    "application/json").response());
        }
    }
}
