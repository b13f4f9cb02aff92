package org.lianqin.admin.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.district.Templates;

import java.util.List;

/** The district's templates for scripts: list, and save a new one from a street office's set-up. */
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesApi {

    @EJB
    Templates templates;

    @EJB
    DistrictSignIn signIn;

    @GET
    @Operation(hidden = true, summary = "开通模板一览 / the templates")
    public List<Templates.TemplateInfo> list() {
        return templates.templates();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "把街镇现有设置保存为模板：{\"fromOffice\", \"code\", \"name\"} / save a street office's set-up as a template")
    public Response save(String body) {
        JsonObject o = OfficesApi.object(body);
        Templates.TemplateInfo saved = templates.saveFrom(OfficesApi.text(o.get("fromOffice")), OfficesApi.text(o.get("code")),
                OfficesApi.text(o.get("name")), signIn.caller());
        return Response.status(201).entity(saved).build();
    }
}
