package org.migrationmptf.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.migrationmptf.it.ItSupport.anonymous;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on against a real OpenID Connect provider (a second Liberty server with openidConnectServer-1.0,
 * started by the build with {@code -Psso}): the login redirect, the provider's login, the callback, the provider's
 * groups as the fund's roles, logout, and a bearer token on the API. Runs only in that profile.
 */
@EnabledIfSystemProperty(named = "sso.provider", matches = "http.*")
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    private static final Logger LOG = Logger.getLogger(SingleSignOnIT.class.getName());
    private static final String PROVIDER = System.getProperty("sso.provider", "");
    private static final String CLIENT = "mptf";
    private static final String CLIENT_SECRET = "provider-test-secret";
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        // The test provider's login page is on its own HTTPS port, with a self-signed certificate.
        browser = HeadlessChromium.start("sso", "1280,1000", "--ignore-certificate-errors");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStaffMemberLogsInAtTheProviderGetsTheirRoleAndLogsOut() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/reference/objectives.xhtml");
        // Sent to the provider, which asks who we are.
        waitUntil(b -> atProvider(b) && !b.findElements(By.cssSelector("input[type=password]")).isEmpty());
        logInAtProvider("sso-fmu");

        // Back through the callback, on the page asked for, with the role from the provider's groups.
        waitUntil(b -> b.getCurrentUrl().startsWith(ItSupport.baseUri()) && !b.findElements(By.tagName("h1")).isEmpty()
                && b.findElement(By.tagName("h1")).getText().contains("Objectives"));
        assertTrue(browser.getCurrentUrl().endsWith("/reference/objectives.xhtml"), browser.getCurrentUrl());
        assertEquals("sso-fmu", browser.findElement(By.id("user-name")).getText());
        assertTrue(browser.findElement(By.id("user-roles")).getText().contains("Fund Management Unit"));

        // Logout ends the application's session and the provider's: the next page asks to log in again.
        browser.findElement(By.id("logout")).click();
        // Through the provider's end_session endpoint, back to the login page's "logged out".
        waitUntil(b -> b.getCurrentUrl().startsWith(ItSupport.baseUri()) && b.getCurrentUrl().contains("loggedOut=true"));
        LOG.info("After logout: " + browser.getCurrentUrl());
        browser.get(ItSupport.baseUri() + "/reference/objectives.xhtml");
        waitUntil(b -> atProvider(b) && !b.findElements(By.cssSelector("input[type=password]")).isEmpty());
    }

    /** The provider runs on 127.0.0.1 (HTTP for its endpoints, HTTPS for its login page), the application on localhost. */
    private static boolean atProvider(WebDriver b) {
        String url = b.getCurrentUrl();
        return url.startsWith("http://127.0.0.1:") || url.startsWith("https://127.0.0.1:");
    }

    @Test
    void aBearerTokenFromTheProviderWorksOnTheApiWithMappedRoles() {
        // The provider's JWT access tokens (password grant, as a script would get one): group mptf-audit is mapped
        // to AUDITOR by MPTF_SSO_ROLE_MAPPING, group FUND_MANAGER is the role of that name.
        String auditor = token("sso-auditor");
        anonymous().header("Authorization", "Bearer " + auditor).get("/api/system/me").then()
                .statusCode(200)
                .body("user", equalTo("sso-auditor"))
                .body("roles", contains("AUDITOR"));
        anonymous().header("Authorization", "Bearer " + auditor).get("/api/system/installation").then().statusCode(200);
        anonymous().header("Authorization", "Bearer " + token("sso-fmu")).get("/api/system/me").then()
                .statusCode(200)
                .body("user", equalTo("sso-fmu"))
                .body("roles", contains("FUND_MANAGER"));
    }

    @Test
    void tokensTheProviderDidNotSignOrUsersWithoutARoleAreRefused() {
        String[] parts = token("sso-auditor").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        anonymous().header("Authorization", "Bearer " + forged).get("/api/system/me").then().statusCode(401);
        anonymous().header("Authorization", "Bearer not-a-token").get("/api/system/me").then().statusCode(401);
        // A user the provider knows, in no group that maps to a fund role: logged in, allowed nothing.
        anonymous().header("Authorization", "Bearer " + token("sso-nobody"))
                .get("/api/system/me").then().statusCode(403);
        // Service accounts of the server's own registry keep HTTP Basic.
        ItSupport.as("fmu").get("/api/system/me").then().statusCode(200).body("roles", contains("FUND_MANAGER"));
        anonymous().get("/api/system/me").then().statusCode(401).body("status", equalTo(401));
        anonymous().get("/health/ready").then().statusCode(200).body("checks", org.hamcrest.Matchers.not(empty()));
    }

    private static String token(String user) {
        return given().baseUri(PROVIDER).auth().preemptive().basic(CLIENT, CLIENT_SECRET)
                .formParam("grant_type", "password").formParam("username", user).formParam("password", "sso-pass")
                .formParam("scope", "openid profile email")
                .post("/token").then().statusCode(200).extract().path("access_token");
    }

    private static void logInAtProvider(String user) throws Exception {
        List<WebElement> passwords = browser.findElements(By.cssSelector("input[type=password]"));
        if (passwords.isEmpty()) {
            Files.writeString(Path.of("target", "sso-provider-page.html"), browser.getPageSource());
            fail("The provider's login page has no password field: " + browser.getCurrentUrl()
                    + " (page in target/sso-provider-page.html)");
        }
        WebElement userField = browser.findElement(By.cssSelector("input[name=j_username], input[name=username], "
                + "input[type=text]"));
        userField.sendKeys(user);
        passwords.get(0).sendKeys("sso-pass");
        passwords.get(0).submit();
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) throws Exception {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (RuntimeException e) {
            Files.writeString(Path.of("target", "sso-failure.html"), browser.getPageSource());
            throw new AssertionError("Waited in vain at " + browser.getCurrentUrl()
                    + " (page in target/sso-failure.html)", e);
        }
    }
}
