package org.migrationmptf.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One change to a record of the fund, as the audit trail keeps it (written by {@link AuditTrailRecorder}). */
@Entity
@Immutable
@Table(name = "audit_event", schema = "platform")
@NamedQuery(name = "AuditEvent.forRecord", query = "select e from AuditEvent e where e.entityType = :type"
        + " and e.entityId = :id order by e.occurredAt desc, e.id desc")
@NamedQuery(name = "AuditEvent.countForRecord", query = "select count(e) from AuditEvent e"
        + " where e.entityType = :type and e.entityId = :id")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String action;

    private String changes;

    protected AuditEvent() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
