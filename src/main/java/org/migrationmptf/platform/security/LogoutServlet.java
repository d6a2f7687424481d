package org.migrationmptf.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the staff member's session (POST only, so that a link elsewhere cannot log them out). */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // The session first: Liberty refuses an anonymous caller access to a session a user owns.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + FundAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
