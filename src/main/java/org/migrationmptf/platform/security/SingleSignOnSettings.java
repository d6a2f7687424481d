package org.migrationmptf.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on with the organisation's OpenID Connect provider, from MicroProfile Config (environment variables
 * {@code MPTF_SSO_ENABLED}, {@code MPTF_SSO_DISCOVERY_URL}, ...). Off by default: the embedded mode keeps its login
 * form and demo users.
 */
@ApplicationScoped
public class SingleSignOnSettings {

    @Inject
    @ConfigProperty(name = "mptf.sso.enabled", defaultValue = "false")
    boolean enabled;

    /** The provider's {@code .well-known/openid-configuration} URL. */
    @Inject
    @ConfigProperty(name = "mptf.sso.discovery-url")
    Optional<String> discoveryUrl;

    @Inject
    @ConfigProperty(name = "mptf.sso.client-id", defaultValue = "migration-mptf")
    String clientId;

    @Inject
    @ConfigProperty(name = "mptf.sso.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "mptf.sso.scope", defaultValue = "openid profile email")
    String scope;

    /** The claim that is the user name (what the FMU links focal points by). */
    @Inject
    @ConfigProperty(name = "mptf.sso.user-claim", defaultValue = "preferred_username")
    String userClaim;

    /** The claim listing the user's groups. */
    @Inject
    @ConfigProperty(name = "mptf.sso.groups-claim", defaultValue = "groups")
    String groupsClaim;

    /** Provider group to fund role, e.g. {@code mptf-fmu=FUND_MANAGER,mptf-audit=AUDITOR}; groups named like a
     *  role need no entry. */
    @Inject
    @ConfigProperty(name = "mptf.sso.role-mapping")
    Optional<String> roleMapping;

    /** The public address of this application (https://host[:port]) when a proxy hides it; else the request's. */
    @Inject
    @ConfigProperty(name = "mptf.sso.public-url")
    Optional<String> publicUrl;

    public boolean enabled() {
        return enabled && discoveryUrl.filter(u -> !u.isBlank()).isPresent();
    }

    public String discoveryUrl() {
        return discoveryUrl.orElse("");
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String scope() {
        return scope;
    }

    public String userClaim() {
        return userClaim;
    }

    public String groupsClaim() {
        return groupsClaim;
    }

    public Optional<String> publicUrl() {
        return publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public Map<String, String> roleMapping() {
        return parseRoleMapping(roleMapping.orElse(""));
    }

    static Map<String, String> parseRoleMapping(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                mapping.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return mapping;
    }
}
