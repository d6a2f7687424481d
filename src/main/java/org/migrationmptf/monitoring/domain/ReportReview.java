package org.migrationmptf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.migrationmptf.monitoring.api.ReportStatus;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * What every report has: who submitted it and when, and the FMU's review. A submitted report is accepted or
 * returned with a comment; a returned one is corrected and submitted again; an accepted one no longer changes.
 */
@MappedSuperclass
public abstract class ReportReview extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    protected void submitted(String by, Instant at) {
        if (status == ReportStatus.ACCEPTED) {
            throw new ConflictException("The report was accepted: it no longer changes");
        }
        if (status == ReportStatus.SUBMITTED) {
            throw new ConflictException("The report is already submitted and waits for the FMU's review");
        }
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    /** The FMU's review: accept, or return with a comment saying what to change. */
    public void review(boolean accept, String comment, String by, Instant at) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("The report is " + status + ": only a submitted report is reviewed");
        }
        if (!accept && (comment == null || comment.isBlank())) {
            throw new BusinessRuleException("comment", "A returned report says what to change");
        }
        status = accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
