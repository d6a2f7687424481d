package org.migrationmptf.mobilisation.domain;

import org.migrationmptf.mobilisation.api.Pool;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.migrationmptf.mobilisation.api.EarmarkKind;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * A Standard Administrative Arrangement: a contributor's signed commitment to give a total, in its own currency,
 * to one fund, paid in scheduled instalments, unearmarked or earmarked to one thematic area, country or region.
 */
@Entity
@Table(name = "agreement", schema = "mobilisation")
@NamedQuery(name = "Agreement.countByFund", query = "select count(a) from Agreement a"
        + " where a.fundId = :fund and (:contributor is null or a.contributor.id = :contributor)")
public class Agreement extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contributor_id", nullable = false, updatable = false)
    private Contributor contributor;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String reference;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_kind", nullable = false, length = 20)
    private EarmarkKind earmarkKind;

    @Column(name = "earmark_value", length = 100)
    private String earmarkValue;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<Instalment> instalments = new ArrayList<>();

    protected Agreement() {
    }

    /**
     * @param schedule the instalments' due dates and amounts, in the agreement's currency; they must add up to the
     *                 total
     */
    public Agreement(long fundId, Contributor contributor, String reference, LocalDate signedOn, Money total,
                     EarmarkKind earmarkKind, String earmarkValue, List<ScheduledPayment> schedule) {
        if (!total.isPositive()) {
            throw new BusinessRuleException("total", "An agreement's total must be more than zero");
        }
        if ((earmarkKind == EarmarkKind.UNEARMARKED) != (earmarkValue == null)) {
            throw new BusinessRuleException("earmark", earmarkKind == EarmarkKind.UNEARMARKED
                    ? "Unearmarked money names no area, country or region" : "Name the earmark's area, country or region");
        }
        Money scheduled = Money.zero(total.currency());
        for (ScheduledPayment p : schedule) {
            if (!p.amount().isPositive()) {
                throw new BusinessRuleException("instalments", "Each instalment must be more than zero");
            }
            if (p.dueOn().isBefore(signedOn)) {
                throw new BusinessRuleException("instalments", "An instalment cannot fall due (" + p.dueOn()
                        + ") before the agreement is signed (" + signedOn + ")");
            }
            scheduled = scheduled.plus(p.amount());
        }
        if (!schedule.isEmpty() && scheduled.compareTo(total) != 0) {
            throw new BusinessRuleException("instalments", "The instalments add up to " + scheduled
                    + ", not the agreement's total of " + total);
        }
        this.fundId = fundId;
        this.contributor = contributor;
        this.reference = reference;
        this.signedOn = signedOn;
        this.currency = total.currency().getCurrencyCode();
        this.totalAmount = total.amount();
        this.earmarkKind = earmarkKind;
        this.earmarkValue = earmarkValue;
        int sequence = 1;
        for (ScheduledPayment p : schedule.stream().sorted((a, b) -> a.dueOn().compareTo(b.dueOn())).toList()) {
            instalments.add(new Instalment(this, sequence++, p.dueOn(), p.amount().amount()));
        }
        contributor.agreementSigned();
    }

    /** The earmark pool this agreement's money goes into. */
    public String pool() {
        return switch (earmarkKind) {
            case UNEARMARKED -> Pool.UNEARMARKED;
            case THEMATIC_AREA -> Pool.area(Integer.parseInt(earmarkValue));
            case COUNTRY -> Pool.country(earmarkValue);
            case REGION -> Pool.region(earmarkValue);
        };
    }

    /** Refuses a deposit that would take the money received beyond the agreed total. */
    public void checkCanReceive(Money alreadyDeposited, Money deposit) {
        if (!deposit.currency().getCurrencyCode().equals(currency)) {
            throw new BusinessRuleException("currency", "Agreement " + reference + " is in " + currency
                    + ": deposits against it are in " + currency);
        }
        Money remaining = getTotal().minus(alreadyDeposited);
        if (deposit.isGreaterThan(remaining)) {
            throw new BusinessRuleException("amount", "Agreement " + reference + " has " + remaining
                    + " left to receive; " + deposit + " is more than that");
        }
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public Contributor getContributor() {
        return contributor;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public Money getTotal() {
        return Money.of(totalAmount, Money.currency(currency));
    }

    public EarmarkKind getEarmarkKind() {
        return earmarkKind;
    }

    public String getEarmarkValue() {
        return earmarkValue;
    }

    public List<Instalment> getInstalments() {
        return Collections.unmodifiableList(instalments);
    }

    /** One payment of a schedule, before it is saved. */
    public record ScheduledPayment(LocalDate dueOn, Money amount) {
    }
}
