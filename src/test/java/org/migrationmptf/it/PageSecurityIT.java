package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff pages against forged and replayed requests, with a plain HTTP client that keeps cookies like a browser
 * (no JavaScript): a form post is only acted on with the view state of the user's own session (Faces keeps view
 * state on the server, so a post without it, or with another session's, changes nothing and answers the 400 page);
 * the session id changes at login (no session fixation); logging out ends the session.
 *
 * <p>The form is the contributors page's "register a contributor" (FMU and Administrative Agent): each post names
 * a contributor unique to the run, and the API says afterwards whether it was registered.
 */
@ExtendWith(ArquillianExtension.class)
class PageSecurityIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase(Locale.ROOT);
    private static final String PAGE = "/mobilisation/contributors.xhtml";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** A browser without JavaScript: its own cookies, redirects not followed (so that each answer can be checked). */
    static final class Browser {

        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** The login form, as the login page posts it; answers the redirect. */
        HttpResponse<String> logIn(String user) {
            return post("/login", Map.of("username", user, "password", ItSupport.PASSWORD, "next", PAGE));
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** Replaces a cookie's value, as a forger planting or replaying one would. */
        void setCookie(String name, String value) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                    .forEach(c -> cookies.getCookieStore().remove(null, c));
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri("/"), cookie);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static URI uri(String path) {
            return URI.create(ItSupport.baseUri() + path);
        }
    }

    /** The form page as a user sees it: its view state and the nonce PrimeFaces' script sends back with each post. */
    record FormPage(String viewState, String nonce) {

        static FormPage of(HttpResponse<String> page) {
            assertEquals(200, page.statusCode(), "the contributors page: " + page.body());
            Matcher viewState = VIEW_STATE.matcher(page.body());
            Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(viewState.find(), "the page has a view state");
            assertTrue(nonce.find(), "the page has a script nonce: " + page.headers().map());
            return new FormPage(viewState.group(1), nonce.group(1));
        }
    }

    static Browser loggedIn(String user) {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.logIn(user);
        assertEquals(302, login.statusCode(), "login of " + user);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith(PAGE), login.headers().map().toString());
        return browser;
    }

    /** The register-a-contributor post, as the page's button sends it; null leaves a field out. */
    static Map<String, String> registration(String name, String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("newForm_SUBMIT", "1");
        form.put("newForm:name", name);
        form.put("newForm:type_input", "FOUNDATION");
        form.put("newForm:country", "NOR");
        form.put("newForm:stage_input", "PROSPECT");
        form.put("newForm:register", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return form;
    }

    /** How many contributors of that name the API knows (the FMU reads them all). */
    static int registered(String name) {
        int found = 0;
        for (int page = 0; ; page++) {
            JsonPath list = as("fmu").queryParam("type", "FOUNDATION").queryParam("size", 100).queryParam("page", page)
                    .get("/api/contributors").then().statusCode(200).extract().jsonPath();
            found += (int) list.getList("items.name", String.class).stream().filter(name::equals).count();
            if (page + 1 >= list.getInt("totalPages")) {
                return found;
            }
        }
    }

    @Test
    void aFormPostIsActedOnOnlyWithTheViewStateOfTheUsersOwnSession() {
        Browser fmu = loggedIn("fmu");
        FormPage own = FormPage.of(fmu.get(PAGE));
        Browser agent = loggedIn("agent");
        FormPage others = FormPage.of(agent.get(PAGE));
        assertNotEquals(own.viewState(), others.viewState(), "two sessions, two view states");

        String withoutViewState = "Forged without view state " + RUN;
        HttpResponse<String> forged = fmu.post(PAGE, registration(withoutViewState, null, own.nonce()));
        String withAnothers = "Forged with another session's view state " + RUN;
        HttpResponse<String> replayed = fmu.post(PAGE, registration(withAnothers, others.viewState(), own.nonce()));
        String withNothing = "Forged with another session's view state and no nonce " + RUN;
        HttpResponse<String> blind = fmu.post(PAGE, registration(withNothing, others.viewState(), null));
        String ownWithoutNonce = "Posted with the own view state and no nonce " + RUN;
        HttpResponse<String> scripted = fmu.post(PAGE, registration(ownWithoutNonce, own.viewState(), null));
        String ownWithWrongNonce = "Posted with the own view state and another nonce " + RUN;
        HttpResponse<String> misnonced = fmu.post(PAGE, registration(ownWithWrongNonce, own.viewState(), others.nonce()));
        String genuine = "Registered from the page " + RUN;
        HttpResponse<String> accepted = fmu.post(PAGE, registration(genuine, own.viewState(), own.nonce()));

        assertAll(
                () -> assertEquals(0, registered(withoutViewState), "a post without view state registers nothing"),
                () -> assertFalse(forged.body().contains(withoutViewState), "nor shows the name back"),
                () -> assertTrue(forged.statusCode() < 500, "no server error: " + forged.statusCode()),
                () -> assertEquals(0, registered(withAnothers), "a post with another session's view state registers nothing"),
                () -> assertRefused(replayed),
                () -> assertEquals(0, registered(withNothing), "nor without the nonce either"),
                () -> assertRefused(blind),
                () -> assertEquals(0, registered(ownWithoutNonce), "the own view state without the nonce registers nothing"),
                () -> assertRefused(scripted),
                () -> assertEquals(0, registered(ownWithWrongNonce), "nor with another page's nonce"),
                () -> assertRefused(misnonced),
                () -> assertEquals(200, accepted.statusCode(), "the page's own post: " + accepted.body()),
                () -> assertTrue(accepted.body().contains(genuine + " is registered."), "and says so"),
                () -> assertEquals(1, registered(genuine), "the page's own post registers the contributor"));
    }

    /** Refused the way a page says so: the 400 error page ("open the page again"), not a success nor a server error. */
    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), "refused with the 400 page: " + response.body());
        assertTrue(response.body().contains("Nothing was changed"), response.body());
    }

    @Test
    void theSessionIdChangesAtLoginAndTheSessionEndsAtLogout() {
        Browser browser = new Browser();
        assertEquals(200, browser.get("/login.xhtml").statusCode());
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the login page starts a session (the session a fixation attack would plant)");

        assertEquals(302, browser.logIn("fmu").statusCode());
        HttpResponse<String> page = browser.get(PAGE);
        assertEquals(200, page.statusCode());
        String after = browser.cookie("JSESSIONID");
        assertNotNull(after, "a session after login");
        assertNotEquals(sessionId(before), sessionId(after), "a new session id at login");

        // Someone holding the id from before the login (planted, or read off the login page) gets no session with it.
        Browser planted = new Browser();
        planted.setCookie("JSESSIONID", before);
        planted.setCookie("LtpaToken2", browser.cookie("LtpaToken2"));
        HttpResponse<String> replayed = planted.post(PAGE, registration("Planted session " + RUN,
                FormPage.of(page).viewState(), FormPage.of(page).nonce()));
        assertEquals(0, registered("Planted session " + RUN), "the old session id holds none of the user's views: "
                + replayed.statusCode());

        // Logging out ends the session: its views are gone, and the page wants a login again.
        FormPage form = FormPage.of(page);
        String ltpa = browser.cookie("LtpaToken2");
        HttpResponse<String> logout = browser.post("/logout", Map.of());
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").contains("/login.xhtml?loggedOut=true"));
        HttpResponse<String> afterLogout = browser.get(PAGE);
        assertEquals(302, afterLogout.statusCode(), "the page asks for a login again");
        assertTrue(afterLogout.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        // Even with the session and login cookies kept from before the logout, nothing is done in the ended session.
        // (The LtpaToken2 itself stays valid until it expires: Liberty hands the same cached token to the user's next
        // login, so tracking logged-out tokens would refuse that login too.)
        Browser kept = new Browser();
        kept.setCookie("JSESSIONID", after);
        kept.setCookie("LtpaToken2", ltpa);
        HttpResponse<String> postAfterLogout = kept.post(PAGE, registration("After logout " + RUN, form.viewState(),
                form.nonce()));
        assertEquals(0, registered("After logout " + RUN), "a post in the ended session registers nothing: "
                + postAfterLogout.statusCode());
    }

    /** Liberty's JSESSIONID is a cache id, the session id and a clone id: the session id is what must change. */
    private static String sessionId(String cookie) {
        String value = cookie.length() > 4 ? cookie.substring(4) : cookie;
        int clone = value.indexOf(':');
        return clone < 0 ? value : value.substring(0, clone);
    }
}
