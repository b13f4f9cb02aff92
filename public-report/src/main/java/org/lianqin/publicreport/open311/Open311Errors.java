package org.lianqin.publicreport.open311;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.rest.Problem;
import org.lianqin.rest.Unavailable;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every Open311 failure in the spec's format: {@code <errors><error><code/><description/></error></errors>}
 * or its JSON array, in the format the path asked for (XML unless it ends in .json), status 400, 403 or
 * 404 (429 when a client is over its rate limit; 500, without details, when something unexpected broke).
 */
@Provider
public class Open311Errors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Open311Errors.class.getName());

    @Context
    UriInfo uri;

    /**
     * An error document written outside JAX-RS (the site's error page, for what the server refused before
     * Open311 saw it): its content type and text.
     */
    public static String[] document(String path, int status, String description) {
        String format = path.endsWith(".json") ? "json" : "xml";
        Response r = Open311Output.list(format, status, "errors", "error", List.of(new Open311Assembler.ErrorItem(status, description)));
        return new String[] {"json".equals(format) ? Open311Output.JSON_TYPE : Open311Output.XML_TYPE, (String) r.getEntity()};
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && e.getCause() != null) {
            e = e.getCause();
        }
        int status;
        String description;
        if (e instanceof Open311Exception o) {
            status = o.status();
            description = o.getMessage();
        } else if (e instanceof WorkflowException w) {
            status = w.code().equals("category") ? 404 : w.code().equals("office-suspended") ? 403 : 400;
            description = w.getMessage();
        } else if (e instanceof CaseNotFoundException) {
            status = 404;
            description = "service_request_id not found";
        } else if (e instanceof Problem.Raised p) {
            status = p.problem().status();
            description = p.problem().detail();
        } else if (e instanceof NotFoundException) {
            status = 404;
            description = "No such Open311 resource";
        } else if (e instanceof NotAllowedException) {
            status = 405;
            description = "Method not allowed here";
        } else if (e instanceof NotSupportedException) {
            status = 415;
            description = "Content-Type must be application/x-www-form-urlencoded";
        } else if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            status = 400;
            description = "Bad request";
        } else if (Unavailable.is(e)) {
            status = 503;
            description = "The service is briefly unavailable; nothing was stored. Please retry.";
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure in Open311", thrown);
            status = 500;
            description = "Internal error; nothing was stored";
        }
        String format = uri != null && uri.getPath().endsWith(".json") ? "json" : "xml";
        Response r = Open311Output.list(format, status, "errors", "error", List.of(new Open311Assembler.ErrorItem(status, description)));
        return status == 503 ? Response.fromResponse(r).header("Retry-After", Unavailable.RETRY_AFTER_SECONDS).build() : r;
    }
}
