package org.migrationmptf.mobilisation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.platform.money.Money;

/**
 * One movement of the fund's money: a set of lines whose debits and credits balance, per currency. This class is the
 * ledger's single choke point: a journal can only be built balanced ({@link Builder#build}), is never changed once
 * written, and is corrected by its {@link #reversal}. On PostgreSQL a deferred constraint trigger checks the same
 * balance at commit.
 */
@Entity
@Immutable
@Table(name = "journal", schema = "mobilisation")
public class Journal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private JournalKind kind;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String description;

    @Column(name = "idempotency_key", length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    /** The Steering Committee decision a commitment, release or transfer acts on. */
    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "journal", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<JournalLine> lines = new ArrayList<>();

    protected Journal() {
    }

    public static Builder builder(long fundId, JournalKind kind, LocalDate valueDate, String description) {
        return new Builder(fundId, kind, valueDate, description);
    }

    /** The journal that undoes this one: the same lines with opposite signs, on the given day. */
    public Journal reversal(LocalDate on, String reason, String by, String idempotencyKey) {
        Builder reversal = builder(fundId, JournalKind.REVERSAL, on, "Reversal of journal " + id + ": " + reason);
        for (JournalLine line : lines) {
            reversal.line(line.getAccount(), line.getPool(), line.getMoney().negated(), line.getContributorId(),
                    line.getOrganisationId(), line.getProgrammeId());
        }
        Journal journal = reversal.build(by, idempotencyKey);
        journal.reversesId = id;
        return journal;
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public JournalKind getKind() {
        return kind;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public String getDescription() {
        return description;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getReversesId() {
        return reversesId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<JournalLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** Collects the lines of a journal; {@link #build} refuses an unbalanced one. */
    public static final class Builder {
        private final Journal journal = new Journal();

        private Builder(long fundId, JournalKind kind, LocalDate valueDate, String description) {
            journal.fundId = fundId;
            journal.kind = kind;
            journal.valueDate = valueDate;
            journal.description = description;
        }

        /** Names the Steering Committee decision this journal acts on. */
        public Builder onDecision(Long decisionId) {
            journal.decisionId = decisionId;
            return this;
        }

        /** A line: positive money debits the account, negative credits it. Zero lines are left out. */
        public Builder line(Account account, String pool, Money money, Long contributorId, Long organisationId,
                            Long programmeId) {
            if (!money.isZero()) {
                journal.lines.add(new JournalLine(journal, account, pool, money, contributorId, organisationId,
                        programmeId));
            }
            return this;
        }

        public Builder debit(Account account, String pool, Money money) {
            return line(account, pool, money, null, null, null);
        }

        public Builder credit(Account account, String pool, Money money) {
            return line(account, pool, money.negated(), null, null, null);
        }

        /** Debit one account and credit another with the same amount, in one pool, naming the records involved. */
        public Builder move(Account debit, Account credit, String pool, Money money, Long contributorId,
                            Long organisationId, Long programmeId) {
            line(debit, pool, money, contributorId, organisationId, programmeId);
            return line(credit, pool, money.negated(), contributorId, organisationId, programmeId);
        }

        /** @throws UnbalancedJournalException when debits and credits differ in any currency, or nothing moves */
        public Journal build(String by, String idempotencyKey) {
            if (journal.lines.isEmpty()) {
                throw new UnbalancedJournalException("A journal must move some money");
            }
            Map<String, BigDecimal> totals = new HashMap<>();
            for (JournalLine line : journal.lines) {
                totals.merge(line.getCurrency(), line.getAmount(), BigDecimal::add);
            }
            totals.forEach((currency, total) -> {
                if (total.signum() != 0) {
                    throw new UnbalancedJournalException("Journal '" + journal.description + "' is not balanced: "
                            + total.toPlainString() + " " + currency + " left over");
                }
            });
            journal.recordedBy = by;
            journal.recordedAt = Instant.now();
            journal.idempotencyKey = idempotencyKey;
            return journal;
        }
    }
}
