package org.migrationmptf.platform.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Fills the audit columns of {@link AuditedEntity}. JPA creates listeners itself, so the caller is looked up
 * through CDI rather than injected; outside a request (start-up, scheduled work) the actor is {@link #SYSTEM}.
 */
public class AuditListener {

    /** The actor recorded for changes made by the system itself (migrations, scheduled work). */
    public static final String SYSTEM = "system";

    @PrePersist
    void onCreate(AuditedEntity entity) {
        entity.markCreated(currentUser(), Instant.now(Clock.systemUTC()));
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.markUpdated(currentUser(), Instant.now(Clock.systemUTC()));
    }

    /** The logged-in user's name, or {@link #SYSTEM} when no user is acting. */
    public static String currentUser() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (IllegalStateException e) {
            // No CDI container or no security context here (e.g. a start-up thread): the system acts.
            return SYSTEM;
        }
    }
}
