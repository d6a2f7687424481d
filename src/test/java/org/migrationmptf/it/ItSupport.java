package org.migrationmptf.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests share: the application exactly as built (the WAR from the package phase, under its
 * own name so that a leftover deployment from {@code liberty:run} cannot shadow it), its address, and callers.
 */
public final class ItSupport {

    public static final String PASSWORD = "demo";

    private ItSupport() {
    }

    public static WebArchive builtApplication() {
        File war = new File("target/migration-mptf.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs package before the ITs): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "migration-mptf-it.war").importFrom(war).as(WebArchive.class);
    }

    public static String baseUri() {
        return "http://localhost:" + System.getProperty("it.http.port", "9080");
    }

    /** A request with no credentials. */
    public static RequestSpecification anonymous() {
        return given().baseUri(baseUri()).redirects().follow(false);
    }

    /** A request as one of the demo users (HTTP Basic, sent up front). */
    public static RequestSpecification as(String user) {
        return anonymous().auth().preemptive().basic(user, PASSWORD);
    }
}
