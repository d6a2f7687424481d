package org.migrationmptf.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.platform.persistence.DatabaseMigrations;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;

/** Who am I, and what is this installation: for every user, and for the FMU and auditors respectively. */
@Path("/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "The caller's identity and the installation's versions")
public class SystemResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DatabaseMigrations migrations;

    /** The caller's user name and fund roles. */
    public record Me(String user, List<String> roles) {
    }

    /** What is installed: the build and each module's schema version. */
    public record Installation(String build, Map<String, String> schemaVersions) {
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR, Roles.AUDITOR})
    @Operation(summary = "The logged-in user and their roles")
    public Me me() {
        return new Me(currentUser.getName(), currentUser.getRoles());
    }

    @GET
    @Path("/installation")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.AUDITOR})
    @Operation(summary = "The build and the schema version of each module (Fund Management Unit and auditors)")
    public Installation installation() {
        Properties build = new Properties();
        try (InputStream in = SystemResource.class.getResourceAsStream("/mptf-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Installation(build.getProperty("version", "development"), migrations.appliedVersions());
    }
}
