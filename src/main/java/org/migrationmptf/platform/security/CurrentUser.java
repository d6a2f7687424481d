package org.migrationmptf.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;

/** Who is asking, for services and pages: the user's name and the fund roles they hold. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The fund roles this user holds, in the order of {@link Roles#ALL}. */
    public List<String> getRoles() {
        return Roles.ALL.stream().filter(securityContext::isCallerInRole).toList();
    }
}
