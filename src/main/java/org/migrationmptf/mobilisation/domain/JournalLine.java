package org.migrationmptf.mobilisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.platform.money.Money;

/** One debit (positive) or credit (negative) of a {@link Journal}, in one account and earmark pool. */
@Entity
@Immutable
@Table(name = "journal_line", schema = "mobilisation")
public class JournalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_id", nullable = false, updatable = false)
    private Journal journal;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private Account account;

    @Column(nullable = false, length = 60, updatable = false)
    private String pool;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "contributor_id", updatable = false)
    private Long contributorId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", updatable = false)
    private Long programmeId;

    protected JournalLine() {
    }

    JournalLine(Journal journal, Account account, String pool, Money money, Long contributorId, Long organisationId,
                Long programmeId) {
        this.journal = journal;
        this.fundId = journal.getFundId();
        this.valueDate = journal.getValueDate();
        this.account = account;
        this.pool = pool;
        this.amount = money.amount();
        this.currency = money.currency().getCurrencyCode();
        this.contributorId = contributorId;
        this.organisationId = organisationId;
        this.programmeId = programmeId;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getPool() {
        return pool;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getMoney() {
        return Money.of(amount, Money.currency(currency));
    }

    public Long getContributorId() {
        return contributorId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }
}
