package org.migrationmptf.resilience;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member moved to another instance (theirs died, or a rolling upgrade): with shared login keys
 * (liberty/login-keys-shared.xml) they are still logged in there; a form they had open on the first instance is
 * refused with the "open the page again" page (400, nothing changed), never an error page; and they are still
 * logged in after it. Sessions stay in each instance's memory (sticky balancing; README "Running more than one
 * instance" says why not in the database). Exit status 1 on any failure.
 */
public final class SessionFailover {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FRENCH_LINK = Pattern.compile("id=\"([^\"]*lang)\"[^>]*lang=\"fr\"|lang=\"fr\"[^>]*id=\"([^\"]*lang)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String[] urls = System.getProperty("load.urls", "http://localhost:9480,http://localhost:9481").split(",");
        SessionFailover check = new SessionFailover();
        check.run(urls[0], urls[1]);
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    void run(String first, String second) throws IOException, InterruptedException {
        get(first, "/login.xhtml");
        HttpResponse<String> login = post(first, "/login", "username=fmu&password=demo&next=%2F");
        expect(login.statusCode() == 302 || login.statusCode() == 303, "login on " + first + " answered " + login.statusCode());

        HttpResponse<String> home = get(second, "/index.xhtml");
        expect(home.statusCode() == 200 && home.body().contains("fmu"),
                "the login made on " + first + " is not known on " + second + ": " + home.statusCode() + " "
                        + home.headers().firstValue("Location").orElse(""));

        // A form whose view lives on the other instance: refused as expired, nothing applied, no error page.
        HttpResponse<String> page = get(second, "/index.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher french = FRENCH_LINK.matcher(page.body());
        if (!state.find() || !french.find()) {
            failures.add("no language form with a view state on " + second + "/index.xhtml");
        } else {
            String link = french.group(1) != null ? french.group(1) : french.group(2);
            HttpResponse<String> posted = post(first, "/index.xhtml", "languageForm=languageForm&languageForm_SUBMIT=1&"
                    + enc(link) + "=" + enc(link) + "&jakarta.faces.ViewState=" + enc(state.group(1)));
            expect(posted.statusCode() == 400 && posted.body().contains("Nothing was changed"),
                    "a form from " + second + " posted to " + first + " answered " + posted.statusCode()
                            + " (expected the 400 page: open the page again, nothing changed)");
            expect(!posted.body().contains("Exception") && !posted.body().contains("at org."),
                    "the answer to the moved form shows internals");
            HttpResponse<String> after = get(first, "/index.xhtml");
            expect(after.statusCode() == 200 && after.body().contains("fmu"), "after the refused form, " + first
                    + " answered " + after.statusCode() + (after.body().contains("fmu") ? "" : ", not logged in as fmu"));
            expect(!Pattern.compile("<html[^>]*lang=\"fr\"").matcher(after.body()).find(),
                    "the refused form changed the language");
        }
        System.out.println(failures.isEmpty()
                ? "Instance failover: logged in on " + first + ", still logged in on " + second + "; a form moved"
                        + " between them refused as expired (400, nothing changed), login kept"
                : "Session failover FAILED: " + failures);
    }

    private void expect(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
    }

    private HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String base, String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
