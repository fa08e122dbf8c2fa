package org.anquan.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public REST API, version 1. Errors are {@code application/problem+json} (RFC 9457). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Anquan API", version = "1",
        description = "Laws and standards, exam sites and training bases of the work-safety portal. "
                + "Errors are application/problem+json (RFC 9457)."))
public class ApiApplication extends Application {

    /** Error responses of the API are problems, never the web container's HTML error pages. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
