package org.lianqin.ear.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** The load benchmarks' ceiling: a JAX-RS GET that does nothing, deployed beside the application (/bare/ping). */
@ApplicationPath("")
public class BareEndpoint extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class);
    }

    /** GET /bare/ping → {"ok":true} */
    @Path("ping")
    public static class Ping {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String ping() {
            return "{\"ok\":true}";
        }
    }
}
