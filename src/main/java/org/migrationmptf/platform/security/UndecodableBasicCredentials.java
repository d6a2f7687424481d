package org.migrationmptf.platform.security;

import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

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
    private static final Pattern CANONICAL = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && libertyCannotDecode(request.getHeader("Authorization"))
                && request.getAttribute(AUTH_PARAMETERS) == null) {
            request.setAttribute(AUTH_PARAMETERS, AuthenticationParameters.withParams().newAuthentication(true));
        }
    }

    /**
     * Whether Liberty's audit step may fail on the header: it takes the text after {@code "Basic "}, Base64-decodes
     * it and splits it at the first colon. Anything but canonical Base64 of UTF-8 text with a colon is marked (to
     * mark a header Liberty could have read costs nothing: the mechanism decides either way).
     */
    static boolean libertyCannotDecode(String header) {
        if (header == null || !header.startsWith("Basic")) {
            return false;
        }
        if (header.length() < 7 || header.charAt(5) != ' ' || !CANONICAL.matcher(header.substring(6)).matches()
                || (header.length() - 6) % 4 != 0) {
            return true;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(header.substring(6)))).toString();
            return decoded.indexOf(':') < 0;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return true;
        }
    }
}
