package org.migrationmptf.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the staff member's session (POST only, so that a link elsewhere cannot log them out). With single sign-on,
 * the provider's session is ended too, and the provider sends the browser back to the login page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SingleSignOnSettings sso;

    @Inject
    OpenIdProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String loggedOut = request.getContextPath() + FundAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true";
        // The session first: Liberty refuses an anonymous caller access to a session a user owns.
        HttpSession session = request.getSession(false);
        Object idToken = null;
        if (session != null) {
            idToken = session.getAttribute(SingleSignOnCallbackServlet.SESSION_ID_TOKEN);
            session.invalidate();
        }
        request.logout();
        if (sso != null && sso.enabled()) {
            String base = sso.publicUrl().orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":"
                    + request.getServerPort());
            String target = provider.endSessionUrl(idToken == null ? null : idToken.toString(), base + loggedOut)
                    .orElse(loggedOut);
            response.sendRedirect(target);
            return;
        }
        response.sendRedirect(loggedOut);
    }
}
