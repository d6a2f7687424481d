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
 * A staff member's page session across two instances: log in on one, read a page on the other, post a page's form
 * (with its Faces view state) to the other instance, and find its effect back on the first. Needs the sessions in
 * the database and shared login keys (liberty/sessions-database.xml). Exit status 1 on any failure.
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

        // A page's form posted to the other instance: its view state lives in the shared session.
        HttpResponse<String> page = get(second, "/index.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher french = FRENCH_LINK.matcher(page.body());
        if (!state.find() || !french.find()) {
            failures.add("no language form with a view state on " + second + "/index.xhtml");
        } else {
            String link = french.group(1) != null ? french.group(1) : french.group(2);
            HttpResponse<String> chosen = post(first, "/index.xhtml", "languageForm=languageForm&"
                    + enc(link) + "=" + enc(link) + "&jakarta.faces.ViewState=" + enc(state.group(1)));
            expect(chosen.statusCode() < 400 && !chosen.body().contains("ViewExpired"),
                    "the form from " + second + " posted to " + first + " answered " + chosen.statusCode());
            HttpResponse<String> back = get(second, "/index.xhtml");
            expect(back.body().contains("lang=\"fr\""), "the language chosen on " + first + " is not the session's on "
                    + second);
        }
        System.out.println(failures.isEmpty()
                ? "Session failover: logged in on " + first + ", page and form state carried over to " + second + " and back"
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
