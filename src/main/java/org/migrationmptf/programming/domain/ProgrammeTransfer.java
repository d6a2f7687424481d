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
import java.time.Instant;

/**
 * A tranche transferred to one organisation of a programme: which decision instructed it, the ledger journal that
 * booked it, and the idempotency key it was requested with (a repeat answers with this record). Never changed.
 */
@Entity
@Table(name = "programme_transfer", schema = "programming")
public class ProgrammeTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private JointProgramme programme;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private int tranche;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "journal_id", nullable = false, updatable = false)
    private long journalId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 60)
    private String idempotencyKey;

    @Column(name = "transferred_by", nullable = false, updatable = false, length = 100)
    private String transferredBy;

    @Column(name = "transferred_at", nullable = false, updatable = false)
    private Instant transferredAt;

    protected ProgrammeTransfer() {
    }

    public ProgrammeTransfer(JointProgramme programme, long organisationId, int tranche, long decisionId,
                             BigDecimal amount, long journalId, String idempotencyKey, String by, Instant at) {
        this.programme = programme;
        this.organisationId = organisationId;
        this.tranche = tranche;
        this.decisionId = decisionId;
        this.amount = amount;
        this.journalId = journalId;
        this.idempotencyKey = idempotencyKey;
        this.transferredBy = by;
        this.transferredAt = at;
    }

    public Long getId() {
        return id;
    }

    public JointProgramme getProgramme() {
        return programme;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getTranche() {
        return tranche;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getJournalId() {
        return journalId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getTransferredBy() {
        return transferredBy;
    }

    public Instant getTransferredAt() {
        return transferredAt;
    }
}
