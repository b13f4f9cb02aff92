package org.lianqin.publicreport.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * Open311 GeoReport v2 at /open311/v2 (http://wiki.open311.org/GeoReport_v2): discovery, services,
 * service definitions, requests and tokens, each as {@code .xml} (the required format) and {@code .json}.
 * {@code jurisdiction_id} names the street office (its code, e.g. {@code fenglin}).
 */
@ApplicationPath("open311/v2")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311Resource.class, Open311Errors.class, BoundedForms.class);
    }
}
