package org.migrationmptf.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** The history of a record: every change, newest first. For auditors and the Fund Management Unit. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.FUND_MANAGER})
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** One change: when, who, what was done and which fields changed how (JSON). */
    public record Change(Instant at, String actor, String action, String changes) {
    }

    public Page<Change> history(String entityType, String entityId, PageRequest page) {
        List<AuditEvent> events = em.createNamedQuery("AuditEvent.forRecord", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery("AuditEvent.countForRecord", Long.class)
                .setParameter("type", entityType).setParameter("id", entityId).getSingleResult();
        return Page.of(events, page, total)
                .map(e -> new Change(e.getOccurredAt(), e.getActor(), e.getAction(), e.getChanges()));
    }
}
