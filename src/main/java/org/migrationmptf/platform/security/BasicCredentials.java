package org.migrationmptf.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A user name and password from an HTTP {@code Authorization: Basic} header (RFC 7617). */
record BasicCredentials(String user, String password) {

    private static final String SCHEME = "basic ";

    /**
     * @return empty when the header is absent or names another scheme (e.g. Bearer)
     * @throws IllegalArgumentException when the header says Basic but cannot be decoded: the caller answers 401,
     *         where Liberty itself would answer 500
     */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.length() < SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Basic credentials without a user name");
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
