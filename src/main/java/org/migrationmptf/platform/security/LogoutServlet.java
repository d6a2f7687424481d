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
            java.util.Optional<String> endSession =
                    provider.endSessionUrl(idToken == null ? null : idToken.toString(), base + loggedOut);
            if (endSession.isPresent()) {
                continueTo(response, endSession.get());
                return;
            }
        }
        response.sendRedirect(loggedOut);
    }

    /**
     * On to the provider's logout by a page, not a redirect: the pages' Content-Security-Policy allows forms to
     * post only to this application ({@code form-action 'self'}), and browsers apply that to every redirect that
     * follows the logout form's post, so a redirect to the provider would be blocked and the user left where they were.
     */
    private static void continueTo(HttpServletResponse response, String url) throws IOException {
        String href = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Logging out</title></head>"
                + "<body><p><a id=\"continue-logout\" href=\"" + href + "\">Log out of the organisation's sign-in too"
                + "</a></p></body></html>");
    }
}
