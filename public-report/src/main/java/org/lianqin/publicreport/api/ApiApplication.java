package org.lianqin.publicreport.api;

import org.lianqin.rest.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/**
 * The residents' JSON API, served under /api/v1 (web.xml declares the same mapping, to give the servlet
 * the multipart limits of report uploads). Described at /openapi by Payara's MicroProfile OpenAPI.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficesResource.class, TrackResource.class, ProblemMappers.class, RequireContentType.class);
    }

    /**
     * Location headers stay as the resources write them, relative to the site: Jersey would otherwise
     * make them absolute with the request's own Host header, echoing whatever a client sent there.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
