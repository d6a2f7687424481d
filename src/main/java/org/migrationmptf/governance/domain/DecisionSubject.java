package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A record a decision acts on, named by type and id (a programme, a concept note, a transfer): the other modules'
 * records are referred to by id, never by association.
 */
@Embeddable
public class DecisionSubject {

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    protected DecisionSubject() {
    }

    public DecisionSubject(String recordType, long recordId) {
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionSubject s && s.recordId == recordId && s.recordType.equals(recordType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordType, recordId);
    }

    @Override
    public String toString() {
        return recordType + "#" + recordId;
    }
}
