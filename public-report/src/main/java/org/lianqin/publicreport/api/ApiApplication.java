package org.lianqin.publicreport.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The residents' JSON API, served under /api/v1 (web.xml declares the same mapping, to give the servlet
 * the multipart limits of report uploads). Described at /openapi by Payara's MicroProfile OpenAPI.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficesResource.class, TrackResource.class, ProblemMappers.class);
    }
}
