package org.migrationmptf.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the login form posts. {@link FundAuthenticationMechanism} has already checked the password by the time
 * this runs; this gives the session a new id and sends the user on: to the page they asked for, or back to the form
 * with a message.
 */
@WebServlet(LoginServlet.PATH)
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/login";
    public static final String USER_FIELD = "username";
    public static final String PASSWORD_FIELD = "password";
    public static final String NEXT_FIELD = "next";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeTarget(request.getParameter(NEXT_FIELD));
        if (request.getUserPrincipal() != null) {
            renewSessionId(request);
            response.sendRedirect(request.getContextPath() + next);
        } else {
            response.sendRedirect(request.getContextPath() + FundAuthenticationMechanism.LOGIN_PAGE
                    + "?failed=true&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + FundAuthenticationMechanism.LOGIN_PAGE);
    }

    /**
     * A new id for the session the user had before logging in (the login page starts one): an id someone planted
     * or read before the login does not become the logged-in user's session (session fixation).
     */
    static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** Only a path inside this application: a login link must not be usable to send people elsewhere. */
    static String safeTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(PATH)) {
            return "/";
        }
        return next;
    }
}
