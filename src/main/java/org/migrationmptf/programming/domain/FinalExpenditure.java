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
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * An organisation's certified final expenditure on a programme. It can be corrected until financial closure, and
 * never exceeds what the organisation received: spending more than was transferred is not the fund's money.
 */
@Entity
@Table(name = "final_expenditure", schema = "programming")
public class FinalExpenditure extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private JointProgramme programme;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected FinalExpenditure() {
    }

    public FinalExpenditure(JointProgramme programme, long organisationId) {
        this.programme = programme;
        this.organisationId = organisationId;
        this.amount = BigDecimal.ZERO;
    }

    /** @param received what the organisation received for the programme (transfers, before any refund) */
    public void report(BigDecimal spent, BigDecimal received) {
        programme.checkCanTakeFinalExpenditure();
        if (spent.compareTo(received) > 0) {
            throw new ConflictException("amount", "Final expenditure of " + cents(spent) + " is more than the "
                    + cents(received) + " the organisation received for this programme");
        }
        this.amount = spent;
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
