package org.migrationmptf.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every entity that staff change: who created it and when, who changed it last and when, and an
 * optimistic-lock version so that two people editing the same record cannot silently overwrite each other.
 * The columns are filled by {@link AuditListener} from the logged-in user, never by the caller.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    void markCreated(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = at;
        markUpdated(user, at);
    }

    void markUpdated(String user, Instant at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
