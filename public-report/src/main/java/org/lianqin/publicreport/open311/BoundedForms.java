package org.lianqin.publicreport.open311;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@link #MAX_BYTES} of an Open311 POST before anything parses it (whatever its
 * Content-Length says, chunked or not), so that a huge form is refused with 413 instead of being read
 * whole into memory.
 */
@Provider
@PreMatching
public class BoundedForms implements ContainerRequestFilter {

    /** A description of 4,000 characters, percent-encoded, and the other fields fit well within it. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            String[] document = Open311Errors.document(request.getUriInfo().getPath(), 413,
                    "The request is larger than " + MAX_BYTES / 1024 + " KB");
            request.abortWith(Response.status(413).type(document[0]).entity(document[1]).build());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
