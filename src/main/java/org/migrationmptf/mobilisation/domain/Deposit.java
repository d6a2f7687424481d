package org.migrationmptf.mobilisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.migrationmptf.platform.money.Money;

/**
 * Money received against an agreement: the amount in the contributor's currency, the exchange rate used, its value
 * in the reporting currency and the Administrative Agent's fee on it, and the journal that booked it.
 */
@Entity
@Immutable
@Table(name = "deposit", schema = "mobilisation")
@NamedQuery(name = "Deposit.sumForAgreement",
        query = "select coalesce(sum(d.amount), 0) from Deposit d where d.agreement.id = :agreement"
                + " and not exists (select r from Journal r where r.reversesId = d.journal.id)")
@NamedQuery(name = "Deposit.findByJournal", query = "select d from Deposit d where d.journal.id = :journal")
public class Deposit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false)
    private long fundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "instalment_id")
    private Long instalmentId;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "exchange_rate", nullable = false, precision = 19, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "usd_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal usdAmount;

    @Column(name = "fee_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal feeAmount;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_id", nullable = false)
    private Journal journal;

    protected Deposit() {
    }

    public Deposit(Agreement agreement, Long instalmentId, LocalDate valueDate, Money amount, BigDecimal rate,
                   Money reportingValue, Money fee, Journal journal) {
        this.fundId = agreement.getFundId();
        this.agreement = agreement;
        this.instalmentId = instalmentId;
        this.valueDate = valueDate;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.exchangeRate = rate;
        this.usdAmount = reportingValue.amount();
        this.feeAmount = fee.amount();
        this.journal = journal;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Long getInstalmentId() {
        return instalmentId;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Money getAmount() {
        return Money.of(amount, Money.currency(currency));
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public BigDecimal getUsdAmount() {
        return usdAmount;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public Journal getJournal() {
        return journal;
    }
}
