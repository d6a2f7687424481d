package org.migrationmptf.platform.security;

import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keeps an undecodable {@code Authorization: Basic} header from turning the API's 401 into a 500.
 *
 * <p>{@link FundAuthenticationMechanism} refuses such a header with 401 and its problem body, but Liberty then
 * decodes the header once more for its audit record, whatever the mechanism answered: {@code Basic} with nothing
 * after it, text that is not Base64, or credentials without a colon end in a {@code StringIndexOutOfBoundsException}
 * or {@code NullPointerException} in {@code WebProviderAuthenticatorProxy.authenticateForOtherMechanisms}, and the
 * client gets Liberty's 500 instead. Liberty skips that audit step when the request is marked as a new
 * authentication (the Jakarta Security {@link AuthenticationParameters} request attribute its bridge reads), and
 * request listeners run before the security check: so this marks exactly the requests whose header Liberty could
 * not decode. Everything else about them is unchanged: the mechanism still answers 401.
 */
@WebListener
public class UndecodableBasicCredentials implements ServletRequestListener {

    /** The request attribute Liberty's Jakarta Security bridge reads the authentication parameters from. */
    static final String AUTH_PARAMETERS = "com.ibm.ws.security.javaeesec.auth.params";

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && libertyCannotDecode(request.getHeader("Authorization"))
                && request.getAttribute(AUTH_PARAMETERS) == null) {
            request.setAttribute(AUTH_PARAMETERS, AuthenticationParameters.withParams().newAuthentication(true));
        }
    }

    /** What Liberty's audit step does: the text after {@code "Basic "}, Base64-decoded, split at the first colon. */
    static boolean libertyCannotDecode(String header) {
        if (header == null || !header.startsWith("Basic")) {
            return false;
        }
        if (header.length() < 6) {
            return true;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
            return decoded.indexOf(':') < 0;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
