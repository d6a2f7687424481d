package org.migrationmptf.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.servlet.http.Cookie;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import org.migrationmptf.platform.problem.Problem;

/**
 * One authentication mechanism for both doors into the system, chosen by path: the JSON API ({@code /api/*})
 * takes HTTP Basic credentials on every request, answers 401 with {@code WWW-Authenticate} and never creates a
 * session; staff pages send the user to the login page, whose form posts to {@link LoginServlet#PATH}, and keep
 * the login in the session. Liberty's own failover from form to Basic login answers the API with a redirect,
 * which is why this exists.
 *
 * <p>Passwords are checked by the container's user registry (through {@link PasswordValidationCallback}), so the
 * registry's groups become the caller's roles, whatever registry an operator configures.
 *
 * <p>With single sign-on on ({@link SingleSignOnSettings}, off by default), pages send the user to the
 * organisation's OpenID Connect provider instead (authorization code flow: state and nonce in a short-lived
 * cookie), {@link #CALLBACK_PATH} takes the provider's answer, and the API also accepts
 * {@code Authorization: Bearer <token>} signed by the provider; the provider's groups become the roles
 * ({@link RoleMapping}). HTTP Basic against the server's registry stays for service accounts.
 */
@ApplicationScoped
public class FundAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(FundAuthenticationMechanism.class.getName());
    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String UNAUTHORIZED_BODY = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
            + "\"status\":401,\"detail\":\"Log in: send a user name and password (HTTP Basic) with the request.\"}";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    /** Where the provider sends the browser back to. */
    public static final String CALLBACK_PATH = "/oidc/callback";
    /** Request attribute with the ID token of a login that just happened (the callback servlet keeps it). */
    static final String ID_TOKEN_ATTRIBUTE = "mptf.sso.idToken";
    static final String LOGIN_COOKIE = "mptf-sso-login";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SingleSignOnSettings sso;

    @Inject
    OpenIdProvider provider;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API_PREFIX)) {
            return validateApiRequest(request, response, context);
        }
        if (LoginServlet.PATH.equals(path) && "POST".equals(request.getMethod())) {
            return validateLoginForm(request, context);
        }
        if (sso.enabled() && CALLBACK_PATH.equals(path)) {
            return validateCallback(request, response, context);
        }
        if (sso.enabled() && context.isProtected() && request.getUserPrincipal() == null) {
            return redirectToProvider(request, response, context, path);
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (sso.enabled() && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                OpenIdProvider.Identity identity = provider.verify(authorization.substring(7).strip(), false);
                return context.notifyContainerAboutLogin(identity.user(), identity.roles());
            } catch (OpenIdProvider.InvalidTokenException | IOException e) {
                LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
                return challenge(response, context);
            }
        }
        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        if (credentials.isPresent()) {
            BasicCredentials c = credentials.get();
            return passwordIsValid(context, c.user(), c.password())
                    ? AuthenticationStatus.SUCCESS
                    : challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private AuthenticationStatus validateLoginForm(HttpServletRequest request, HttpMessageContext context)
            throws AuthenticationException {
        String user = request.getParameter(LoginServlet.USER_FIELD);
        String password = request.getParameter(LoginServlet.PASSWORD_FIELD);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return context.doNothing();
        }
        if (!passwordIsValid(context, user.strip(), password)) {
            // No identity: the login servlet sends the user back to the form with a message.
            return context.doNothing();
        }
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return AuthenticationStatus.SUCCESS;
    }

    private static boolean passwordIsValid(HttpMessageContext context, String user, String password)
            throws AuthenticationException {
        PasswordValidationCallback callback =
                new PasswordValidationCallback(context.getClientSubject(), user, password.toCharArray());
        try {
            context.getHandler().handle(new Callback[] {callback});
        } catch (Exception e) {
            throw new AuthenticationException("The user registry could not check the password", e);
        } finally {
            callback.clearPassword();
        }
        if (!callback.getResult()) {
            LOG.log(Level.FINE, "Failed login for {0}", user);
        }
        return callback.getResult();
    }

    /** Off to the provider, remembering (in a cookie that lives ten minutes) the state, nonce and page asked for. */
    private AuthenticationStatus redirectToProvider(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context, String path)
            throws AuthenticationException {
        String state = randomToken();
        String nonce = randomToken();
        String target = LoginServlet.safeTarget(path + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString()));
        String value = state + "." + nonce + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(target.getBytes(StandardCharsets.UTF_8));
        response.addHeader("Set-Cookie", LOGIN_COOKIE + "=" + value + "; Path=" + cookiePath(request)
                + "; Max-Age=600; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
        try {
            return context.redirect(provider.authorizationUrl(callbackUrl(request), state, nonce));
        } catch (IOException e) {
            throw new AuthenticationException("The single sign-on provider cannot be reached", e);
        }
    }

    /** The provider's answer: check the state, exchange the code, verify the ID token and its nonce. */
    private AuthenticationStatus validateCallback(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) throws AuthenticationException {
        String[] remembered = loginCookie(request);
        String code = request.getParameter("code");
        if (remembered == null || code == null || !remembered[0].equals(request.getParameter("state"))) {
            LOG.log(Level.INFO, "Single sign-on callback refused: {0}", request.getParameter("error") != null
                    ? "the provider said " + request.getParameter("error") : "no matching login in progress");
            return context.responseUnauthorized();
        }
        try {
            Map.Entry<String, OpenIdProvider.Identity> login = provider.exchange(code, callbackUrl(request), remembered[1]);
            OpenIdProvider.Identity identity = login.getValue();
            request.setAttribute(ID_TOKEN_ATTRIBUTE, login.getKey());
            request.setAttribute(LoginServlet.NEXT_FIELD, remembered[2]);
            response.addHeader("Set-Cookie", LOGIN_COOKIE + "=; Path=" + cookiePath(request) + "; Max-Age=0; HttpOnly");
            LOG.log(Level.INFO, "Single sign-on: {0} logged in with roles {1}", new Object[] {identity.user(), identity.roles()});
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            return context.notifyContainerAboutLogin(identity.user(), Set.copyOf(identity.roles()));
        } catch (OpenIdProvider.InvalidTokenException | IOException e) {
            LOG.log(Level.WARNING, "Single sign-on login refused: " + e.getMessage());
            return context.responseUnauthorized();
        }
    }

    private String callbackUrl(HttpServletRequest request) {
        String base = sso.publicUrl().orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                + ":" + request.getServerPort());
        return base + request.getContextPath() + CALLBACK_PATH;
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    /** state, nonce, target of the login in progress, or null. */
    private static String[] loginCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (LOGIN_COOKIE.equals(cookie.getName())) {
                String[] parts = cookie.getValue().split("\\.");
                if (parts.length == 3) {
                    try {
                        return new String[] {parts[0], parts[1],
                                new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8)};
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 401 with the Basic challenge and a problem+json body, like every other refusal of the API. */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"mptf\", charset=\"UTF-8\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(UNAUTHORIZED_BODY);
        } catch (IOException e) {
            throw new AuthenticationException("Could not answer 401", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
