package org.migrationmptf.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.anonymous;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform on a real Liberty and database: health, security, problem+json errors, headers, API description. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put("fmu", "FUND_MANAGER");
        DEMO_USERS.put("chair", "SC_MEMBER");
        DEMO_USERS.put("agent", "ADMIN_AGENT");
        DEMO_USERS.put("iom", "PUNO_FOCAL_POINT");
        DEMO_USERS.put("unicef", "PUNO_FOCAL_POINT");
        DEMO_USERS.put("donor", "CONTRIBUTOR");
        DEMO_USERS.put("auditor", "AUDITOR");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void readinessReportsTheDatabaseAndEachModulesSchemaVersion() {
        anonymous().get("/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.'schema.governance'", matchesPattern("\\d+(\\.\\d+)*"))
                .body("checks.find { it.name == 'database' }.data.product", notNullValue());
        anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/health/started").then().statusCode(200)
                .body("checks.find { it.name == 'migrations' }.data.modules", containsString("governance"));
    }

    @Test
    void theApiWantsAUserAndSaysSoInProblemJson() {
        anonymous().get("/api/reference/gcm-objectives").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
        anonymous().auth().preemptive().basic("fmu", "wrong").get("/api/reference/gcm-objectives").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        anonymous().auth().preemptive().basic("nobody", "demo").get("/api/system/me").then().statusCode(401);
    }

    @Test
    void everyDemoUserLogsInWithTheirRole() {
        assertAll(DEMO_USERS.entrySet().stream().map(user -> () -> as(user.getKey()).get("/api/system/me").then()
                .statusCode(200)
                .body("user", equalTo(user.getKey()))
                .body("roles", equalTo(List.of(user.getValue())))));
    }

    @Test
    void aRoleThatMayNotGets403InProblemJson() {
        as("fmu").get("/api/system/installation").then().statusCode(200)
                .body("schemaVersions.governance", notNullValue())
                .body("build", notNullValue());
        as("auditor").get("/api/system/installation").then().statusCode(200);
        for (String user : List.of("donor", "iom", "agent", "chair")) {
            as(user).get("/api/system/installation").then()
                    .statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(403))
                    .body("detail", notNullValue());
        }
    }

    @Test
    void theApiKeepsNoSession() {
        Response response = as("fmu").get("/api/system/me");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().getValues("Set-Cookie").isEmpty(),
                "API calls must not create sessions: " + response.headers().getValues("Set-Cookie"));
    }

    @Test
    void badInputIsAnsweredWithProblemJsonNamingTheField() {
        as("fmu").queryParam("page", -1).queryParam("size", 0).get("/api/reference/countries").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/reference/countries"))
                .body("errors.field", hasItems("page", "size"))
                .body("errors.find { it.field == 'size' }.message", equalTo("must be at least 1"));
        as("fmu").queryParam("size", 201).get("/api/reference/countries").then()
                .statusCode(400).body("errors.field", equalTo(List.of("size")));
        as("fmu").queryParam("size", "abc").get("/api/reference/countries").then()
                .statusCode(400).body("errors.field", equalTo(List.of("size")));
        as("fmu").get("/api/reference/countries/XYZ").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("XYZ"));
        as("fmu").get("/api/no/such/thing").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        as("fmu").contentType("application/json").body("{}").post("/api/reference/countries").then()
                .statusCode(405).contentType(startsWith("application/problem+json"));
    }

    @Test
    void securityHeadersAreOnEveryKindOfResponse() {
        for (Response response : List.of(as("fmu").get("/api/system/me"), anonymous().get("/api/system/me"),
                anonymous().get("/login.xhtml"), anonymous().get("/health/ready"), as("fmu").get("/api/nothing"))) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", notNullValue());
        }
        anonymous().get("/login.xhtml").then().header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void pagesSendTheUserToTheLoginFormAndKeepTheLoginInAnHttpOnlySameSiteCookie() {
        anonymous().get("/reference/objectives.xhtml").then()
                .statusCode(302)
                .header("Location", containsString("/login.xhtml?next=%2Freference%2Fobjectives.xhtml"));

        anonymous().formParam("username", "fmu").formParam("password", "wrong").formParam("next", "/")
                .post("/login").then()
                .statusCode(302)
                .header("Location", containsString("/login.xhtml?failed=true"));

        Response login = anonymous().formParam("username", "fmu").formParam("password", "demo")
                .formParam("next", "/reference/objectives.xhtml").post("/login");
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/reference/objectives.xhtml"), login.header("Location"));
        List<String> cookies = login.headers().getValues("Set-Cookie");
        String ltpa = cookies.stream().filter(c -> c.startsWith("LtpaToken2=")).findFirst().orElse(null);
        assertNotNull(ltpa, "a login cookie: " + cookies);
        assertTrue(ltpa.contains("HttpOnly"), ltpa);
        assertTrue(ltpa.contains("SameSite=Lax"), ltpa);

        String token = login.getCookie("LtpaToken2");
        anonymous().cookie("LtpaToken2", token).get("/reference/objectives.xhtml").then()
                .statusCode(200)
                .body(containsString("fmu"))
                .body(containsString("Collect and utilize accurate and disaggregated data"));
        anonymous().cookie("LtpaToken2", token).formParam("x", "1").post("/logout").then()
                .statusCode(302).header("Location", containsString("/login.xhtml?loggedOut=true"));
    }

    @Test
    void theLoginFormDoesNotSendUsersElsewhere() {
        anonymous().formParam("username", "fmu").formParam("password", "demo")
                .formParam("next", "https://evil.example/").post("/login").then()
                .statusCode(302)
                .header("Location", not(containsString("evil.example")));
    }

    @Test
    void theApiIsDescribed() {
        anonymous().get("/openapi").then()
                .statusCode(200)
                .body(containsString("/api/reference/countries"))
                .body(containsString("/api/reference/gcm-objectives"))
                .body(containsString("/api/system/me"))
                .body(containsString("scheme: basic"));
        anonymous().get("/openapi/ui/").then().statusCode(200);
    }

    @Test
    void unexpectedHeadersDoNotLeakInternals() {
        Response response = as("fmu").get("/api/system/me");
        response.then().header("X-Powered-By", nullValue());
        assertTrue(response.getHeaders().asList().stream().noneMatch(h -> h.getValue().contains("Liberty")),
                "no server product in headers");
        response.then().body("roles", hasItem("FUND_MANAGER"));
    }
}
