package org.migrationmptf.governance.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * Searches the decision register: by type, by words in the reference, title or text ({@code q}), by effective
 * date range, and by the record a decision acts on ({@code recordType} and {@code recordId}).
 */
public class DecisionFilter {

    @QueryParam("type")
    private DecisionType type;

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    private String q;

    @QueryParam("from")
    private LocalDate from;

    @QueryParam("to")
    private LocalDate to;

    @QueryParam("recordType")
    @Size(max = 40, message = "must be at most 40 characters")
    private String recordType;

    @QueryParam("recordId")
    private Long recordId;

    public DecisionFilter() {
    }

    public DecisionFilter(DecisionType type, String q, LocalDate from, LocalDate to, String recordType, Long recordId) {
        this.type = type;
        this.q = q;
        this.from = from;
        this.to = to;
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public DecisionType type() {
        return type;
    }

    public String q() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String recordType() {
        return recordType == null || recordType.isBlank() ? null : recordType.strip();
    }

    public Long recordId() {
        return recordId;
    }
}
