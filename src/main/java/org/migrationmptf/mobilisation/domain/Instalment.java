package org.migrationmptf.mobilisation.domain;

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
import java.time.LocalDate;

/** One payment an agreement schedules: its due date and amount, in the agreement's currency. */
@Entity
@Table(name = "instalment", schema = "mobilisation")
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected Instalment() {
    }

    Instalment(Agreement agreement, int sequence, LocalDate dueOn, BigDecimal amount) {
        this.agreement = agreement;
        this.sequence = sequence;
        this.dueOn = dueOn;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
