package org.anquan.portal.api.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anquan.knowledge.law.boundary.ImportJobView;
import org.anquan.knowledge.law.boundary.LawImports;

import java.io.InputStream;
import java.util.List;

/**
 * Statute imports for editors and administrators (the boundary enforces the roles): POST a zip of a statute folder
 * (Markdown files and metadata sheets), then follow the job until it is finished.
 */
@Path("admin/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsAdminResource {

    @EJB
    LawImports imports;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    public List<ImportJobView> recent() {
        return imports.recent();
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream zip, @QueryParam("name") String name) {
        long id = imports.upload(zip, name == null || name.isBlank() ? "upload.zip" : name);
        return Response.accepted(imports.job(id)).location(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .build();
    }

    @GET
    @Path("{id}")
    public ImportJobView job(@PathParam("id") long id) {
        return imports.job(id);
    }
}
