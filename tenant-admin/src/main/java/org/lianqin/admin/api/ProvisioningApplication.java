package org.lianqin.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.lianqin.rest.ProblemMappers;

import java.util.Map;
import java.util.Set;

/**
 * The provisioning API for district admins' scripts, under /admin/api/v1: every request carries a
 * district admin's token ({@code Authorization: Bearer}); every error is a problem document. Described
 * at /openapi with the other APIs.
 */
@ApplicationPath("api/v1")
public class ProvisioningApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficesApi.class, MeasuresApi.class, TemplatesApi.class, DistrictOnly.class, ProblemMappers.class);
    }

    /** Location headers stay as written, relative to the site (not built from the request's Host header). */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
