package org.migrationmptf.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, under {@code /api}. Its description is served at {@code /openapi} (UI at {@code /openapi/ui}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Migration MPTF API", version = "1",
                description = "The Migration Multi-Partner Trust Fund: reference data, governance, resource "
                        + "mobilisation, programming and monitoring. Every call needs a user (HTTP Basic, or a bearer "
                        + "token where single sign-on is configured); errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class FundApiApplication extends Application {
}
