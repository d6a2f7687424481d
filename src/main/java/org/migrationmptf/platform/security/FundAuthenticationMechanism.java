package org.migrationmptf.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Optional;
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
 */
@ApplicationScoped
public class FundAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(FundAuthenticationMechanism.class.getName());
    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String UNAUTHORIZED_BODY = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
            + "\"status\":401,\"detail\":\"Log in: send a user name and password (HTTP Basic) with the request.\"}";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

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
        if (context.isProtected() && request.getUserPrincipal() == null) {
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) throws AuthenticationException {
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
