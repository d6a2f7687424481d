package org.migrationmptf.programming.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.NoteStatus;

/**
 * One reviewer's review of a concept note under review. The FMU assigns the reviewer; the reviewer scores each
 * criterion 1 to 5 and may score again until the committee decides. A review's score is the mean of its four.
 */
@Entity
@Table(name = "note_review", schema = "programming")
public class NoteReview extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private ConceptNote note;

    @Column(nullable = false, updatable = false, length = 100)
    private String reviewer;

    private Integer quality;
    private Integer principles;
    private Integer markers;
    private Integer balance;

    @Column(length = 4000)
    private String comment;

    @Column(name = "scored_at")
    private Instant scoredAt;

    protected NoteReview() {
    }

    public NoteReview(ConceptNote note, String reviewer) {
        if (note.getStatus() != NoteStatus.UNDER_REVIEW) {
            throw new ConflictException("The concept note is " + note.getStatus()
                    + ": reviewers are assigned to notes under review");
        }
        this.note = note;
        this.reviewer = reviewer;
    }

    /** Records the reviewer's scores, each 1 to 5. */
    public void score(int quality, int principles, int markers, int balance, String comment, Instant at) {
        if (note.getStatus() != NoteStatus.UNDER_REVIEW) {
            throw new ConflictException("The concept note is " + note.getStatus() + ": its review is over");
        }
        for (int s : new int[] {quality, principles, markers, balance}) {
            if (s < 1 || s > 5) {
                throw new IllegalArgumentException("A score is 1 to 5, not " + s);
            }
        }
        this.quality = quality;
        this.principles = principles;
        this.markers = markers;
        this.balance = balance;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoredAt = at;
    }

    public boolean isScored() {
        return scoredAt != null;
    }

    /** The mean of the four criteria, to two decimals; null until scored. */
    public BigDecimal score() {
        if (!isScored()) {
            return null;
        }
        return BigDecimal.valueOf(quality + principles + markers + balance).divide(BigDecimal.valueOf(4), 2,
                RoundingMode.HALF_EVEN);
    }

    public Long getId() {
        return id;
    }

    public ConceptNote getNote() {
        return note;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Integer getQuality() {
        return quality;
    }

    public Integer getPrinciples() {
        return principles;
    }

    public Integer getMarkers() {
        return markers;
    }

    public Integer getBalance() {
        return balance;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
