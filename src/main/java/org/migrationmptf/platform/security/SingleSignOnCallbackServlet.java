package org.migrationmptf.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the OpenID Connect provider sends the browser back. {@link FundAuthenticationMechanism} has already
 * checked the answer and logged the user in by the time this runs; this keeps the ID token for logout and sends
 * the user on to the page they asked for.
 */
@WebServlet(FundAuthenticationMechanism.CALLBACK_PATH)
public class SingleSignOnCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SESSION_ID_TOKEN = "mptf.sso.idToken";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object idToken = request.getAttribute(FundAuthenticationMechanism.ID_TOKEN_ATTRIBUTE);
        if (request.getUserPrincipal() == null || idToken == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        LoginServlet.renewSessionId(request);
        request.getSession().setAttribute(SESSION_ID_TOKEN, idToken);
        Object next = request.getAttribute(LoginServlet.NEXT_FIELD);
        response.sendRedirect(request.getContextPath() + LoginServlet.safeTarget(next == null ? "/" : next.toString()));
    }
}
