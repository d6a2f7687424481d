package org.migrationmptf.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The organisation's OpenID Connect provider, as this application uses it: its discovery document, the
 * authorization-code exchange, and the verification of the tokens it signs (RS256 against its published keys,
 * issuer, audience, expiry, nonce). Keys are fetched once and again when a token names a key not seen yet.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Inject
    SingleSignOnSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile JsonObject discovery;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    /** Who the provider says the caller is, with the fund roles their groups map to. */
    public record Identity(String user, Set<String> roles, JsonObject claims) {
    }

    /** A token the provider did not sign, or signed for someone else, or that has expired. */
    public static class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }

    public String authorizationUrl(String redirectUri, String state, String nonce) throws IOException {
        return endpoint("authorization_endpoint") + "?response_type=code"
                + "&client_id=" + encode(settings.clientId())
                + "&redirect_uri=" + encode(redirectUri)
                + "&scope=" + encode(settings.scope())
                + "&state=" + encode(state) + "&nonce=" + encode(nonce);
    }

    /** Where to end the provider's session too, if it has such an endpoint. */
    public Optional<String> endSessionUrl(String idToken, String postLogoutUri) {
        try {
            JsonObject d = discovery();
            if (!d.containsKey("end_session_endpoint")) {
                return Optional.empty();
            }
            String url = d.getString("end_session_endpoint") + "?post_logout_redirect_uri=" + encode(postLogoutUri)
                    + "&client_id=" + encode(settings.clientId());
            return Optional.of(idToken == null ? url : url + "&id_token_hint=" + encode(idToken));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The provider's logout endpoint is unknown", e);
            return Optional.empty();
        }
    }

    /** The authorization code for tokens; answers the verified ID token and the identity in it. */
    public Map.Entry<String, Identity> exchange(String code, String redirectUri, String nonce)
            throws IOException, InvalidTokenException {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&client_id=" + encode(settings.clientId()) + "&client_secret=" + encode(settings.clientSecret());
        String basic = Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":"
                + encode(settings.clientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new InvalidTokenException("The provider refused the code: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        JsonObject tokens = parse(response.body());
        if (!tokens.containsKey("id_token")) {
            throw new InvalidTokenException("The provider answered without an ID token (is 'openid' in the scope?)");
        }
        String idToken = tokens.getString("id_token");
        Identity identity = verify(idToken, true);
        if (nonce != null && !nonce.equals(identity.claims().getString("nonce", null))) {
            throw new InvalidTokenException("The ID token's nonce is not the one this login sent");
        }
        return Map.entry(idToken, identity);
    }

    /**
     * A JWT the provider signed: an ID token (its audience must be this client) or a JWT access token (an audience,
     * when it has one, must include this client).
     */
    public Identity verify(String jwt, boolean mustBeForThisClient) throws IOException, InvalidTokenException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new InvalidTokenException("Not a signed JWT");
        }
        JsonObject header = parse(decode(parts[0]));
        JsonObject claims = parse(decode(parts[1]));
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new InvalidTokenException("Only RS256-signed tokens are accepted");
        }
        PublicKey key = key(header.getString("kid", null));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("The token's signature is not the provider's");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("The token's signature cannot be checked: " + e.getMessage());
        }
        String issuer = discovery().getString("issuer", null);
        if (issuer != null && !issuer.equals(claims.getString("iss", ""))) {
            throw new InvalidTokenException("The token was issued by " + claims.getString("iss", "nobody"));
        }
        Set<String> audience = strings(claims.get("aud"));
        if ((mustBeForThisClient || !audience.isEmpty()) && !audience.contains(settings.clientId())
                && !settings.clientId().equals(claims.getString("azp", null))) {
            throw new InvalidTokenException("The token is not meant for this application");
        }
        if (!claims.containsKey("exp")
                || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).plus(CLOCK_SKEW).isBefore(Instant.now())) {
            throw new InvalidTokenException("The token has expired");
        }
        String user = claims.containsKey(settings.userClaim()) ? string(claims.get(settings.userClaim()))
                : claims.getString("sub", null);
        if (user == null || user.isBlank()) {
            throw new InvalidTokenException("The token names no user (claim " + settings.userClaim() + ")");
        }
        return new Identity(user, RoleMapping.roles(strings(claims.get(settings.groupsClaim())),
                settings.roleMapping()), claims);
    }

    private PublicKey key(String kid) throws IOException, InvalidTokenException {
        String id = kid == null ? "" : kid;
        PublicKey key = keys.get(id);
        if (key == null) {
            loadKeys();
            key = keys.get(id);
            if (key == null && kid == null && keys.size() == 1) {
                key = keys.values().iterator().next();
            }
        }
        if (key == null) {
            throw new InvalidTokenException("The provider publishes no key " + kid);
        }
        return key;
    }

    private synchronized void loadKeys() throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint("jwks_uri")))
                .timeout(Duration.ofSeconds(10)).GET().build());
        JsonArray published = parse(response.body()).getJsonArray("keys");
        for (JsonValue value : published) {
            JsonObject jwk = value.asJsonObject();
            if (!"RSA".equals(jwk.getString("kty", "")) || "enc".equals(jwk.getString("use", "sig"))) {
                continue;
            }
            try {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
                keys.put(jwk.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
            } catch (GeneralSecurityException | IllegalArgumentException ex) {
                LOG.log(Level.WARNING, "Skipped an unreadable key of the provider", ex);
            }
        }
    }

    private String endpoint(String name) throws IOException {
        String url = discovery().getString(name, null);
        if (url == null) {
            throw new IOException("The provider's discovery document has no " + name);
        }
        return url;
    }

    private JsonObject discovery() throws IOException {
        JsonObject d = discovery;
        if (d == null) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.discoveryUrl()))
                    .timeout(Duration.ofSeconds(10)).GET().build());
            if (response.statusCode() != 200) {
                throw new IOException("Discovery at " + settings.discoveryUrl() + " answered " + response.statusCode());
            }
            d = parse(response.body());
            discovery = d;
        }
        return d;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking the provider", e);
        }
    }

    private static JsonObject parse(String json) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IOException("The provider answered something that is not a JSON object", e);
        }
    }

    private static String decode(String part) throws InvalidTokenException {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("Not a JWT");
        }
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }

    static Set<String> strings(JsonValue value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> result.add(string(v)));
        } else if (value instanceof JsonString s) {
            for (String part : s.getString().split("[ ,]")) {
                if (!part.isBlank()) {
                    result.add(part);
                }
            }
        }
        return result;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
