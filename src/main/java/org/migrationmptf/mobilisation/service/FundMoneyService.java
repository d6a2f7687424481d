package org.migrationmptf.mobilisation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.Authorisation;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.CommitmentRequest;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.OrganisationRefundRequest;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.mobilisation.api.TransferRequest;
import org.migrationmptf.mobilisation.domain.Drawdown;
import org.migrationmptf.mobilisation.domain.Journal;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;

/**
 * Commitments and transfers of approved money, each on a Steering Committee decision that authorises it. Every
 * booking takes the fund's ledger lock first, so that what it checks (availability, outstanding commitment, cash)
 * cannot change before it writes: no pool and no fund goes below zero however many requests arrive together.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
public class FundMoneyService implements FundMoney {

    private static final String PROGRAMME = "JOINT_PROGRAMME";

    @Inject
    Ledger ledger;

    @Inject
    FundAdministration funds;

    @Inject
    DecisionRegister decisions;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Override
    public List<PoolAvailability> availability(String fund) {
        return Availability.of(ledger, funds.fund(fund));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public JournalView commit(String fundCode, CommitmentRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        Money amount = reportingMoney(fund, r.amount().amount(), r.amount().currency());
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        authorised(r.decisionId(), DecisionType.APPROVE_ALLOCATION, r.programmeId(), amount);
        Money decided = decidedAmount(r.decisionId(), r.programmeId(), amount);
        BigDecimal already = ledger.totalCommitted(fund.id(), r.programmeId());
        if (already.add(amount.amount()).compareTo(decided.amount()) > 0) {
            throw new BusinessRuleException("amount", "Programme " + r.programmeId() + " already has "
                    + Views.money(already, amount.currency()).amount() + " committed; with " + amount
                    + " it would exceed the " + decided + " the decision approves");
        }
        List<PoolAvailability> pools = Availability.of(ledger, fund);
        Map<String, BigDecimal> available = new java.util.HashMap<>();
        r.pools().forEach(p -> available.put(p, Availability.available(pools, p)));
        Map<String, BigDecimal> draws = Drawdown.commitment(r.pools(), available, amount.amount()).orElseThrow(() ->
                new ConflictException("amount", "Not enough money available: the pools " + r.pools() + " have "
                        + Views.money(available.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                        amount.currency()).amount() + " " + fund.reportingCurrency()
                        + " available for new approvals, " + amount + " is asked for"));
        Journal.Builder journal = Journal.builder(fund.id(), JournalKind.COMMITMENT, LocalDate.now(),
                "Commitment to programme " + r.programmeId() + " on decision " + r.decisionId());
        draws.forEach((pool, take) -> journal.move(Account.COMMITMENTS, Account.COMMITMENTS_CONTRA, pool,
                Money.of(take, amount.currency()), null, null, r.programmeId()));
        return Views.journal(ledger.post(journal.build(currentUser.getName(), idempotencyKey)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public JournalView transfer(String fundCode, TransferRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        Money amount = reportingMoney(fund, r.amount().amount(), r.amount().currency());
        OrganisationView organisation = organisations.organisation(r.organisation());
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        authorised(r.decisionId(), DecisionType.INSTRUCT_TRANSFER, r.programmeId(), amount);
        Map<String, BigDecimal> outstanding = ledger.outstandingCommitments(fund.id(), r.programmeId());
        BigDecimal committed = outstanding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.amount().compareTo(committed) > 0) {
            throw new ConflictException("amount", "Programme " + r.programmeId() + " has "
                    + Views.money(committed, amount.currency()).amount() + " " + fund.reportingCurrency()
                    + " approved and not yet transferred; " + amount + " is more than that");
        }
        Map<String, BigDecimal> cash = new java.util.HashMap<>();
        ledger.balancesByPool(fund.id(), LocalDate.of(9999, 12, 31))
                .forEach((pool, accounts) -> cash.put(pool, Ledger.of(accounts, Account.CASH)));
        Map<String, BigDecimal> draws = Drawdown.transfer(outstanding, cash, amount.amount()).orElseThrow(() ->
                new ConflictException("amount", "The fund does not hold enough cash in the pools of programme "
                        + r.programmeId() + "'s commitments " + outstanding.keySet() + " for a transfer of " + amount));
        Journal.Builder journal = Journal.builder(fund.id(), JournalKind.TRANSFER, LocalDate.now(),
                "Transfer to " + organisation.acronym() + " for programme " + r.programmeId() + " on decision "
                        + r.decisionId());
        draws.forEach((pool, take) -> {
            Money moved = Money.of(take, amount.currency());
            journal.move(Account.TRANSFERS_TO_ORGANISATIONS, Account.CASH, pool, moved, null, organisation.id(),
                    r.programmeId());
            journal.move(Account.COMMITMENTS_CONTRA, Account.COMMITMENTS, pool, moved, null, null, r.programmeId());
        });
        return Views.journal(ledger.post(journal.build(currentUser.getName(), idempotencyKey)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public JournalView refundFromOrganisation(String fundCode, OrganisationRefundRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        Money amount = reportingMoney(fund, r.amount().amount(), r.amount().currency());
        OrganisationView organisation = organisations.organisation(r.organisation());
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        BigDecimal transferred = ledger.transferredTo(fund.id(), organisation.id(), r.programmeId(), r.pool());
        if (amount.amount().compareTo(transferred) > 0) {
            throw new ConflictException("amount", organisation.acronym() + " received "
                    + Views.money(transferred, amount.currency()).amount() + " " + fund.reportingCurrency()
                    + " (net of earlier refunds) for programme " + r.programmeId() + " from pool " + r.pool()
                    + ": it cannot return more");
        }
        return Views.journal(ledger.post(Journal.builder(fund.id(), JournalKind.REFUND_FROM_ORGANISATION,
                        r.valueDate(), "Refund from " + organisation.acronym() + " for programme " + r.programmeId())
                .move(Account.CASH, Account.REFUNDS_FROM_ORGANISATIONS, r.pool(), amount, null, organisation.id(),
                        r.programmeId())
                .build(currentUser.getName(), idempotencyKey)));
    }

    private void authorised(long decisionId, DecisionType act, long programmeId, Money amount) {
        Authorisation authorisation = decisions.authorisation(decisionId, act, PROGRAMME, programmeId, amount);
        if (!authorisation.granted()) {
            throw new BusinessRuleException("decisionId", authorisation.reason());
        }
    }

    private Money decidedAmount(long decisionId, long programmeId, Money requested) {
        // The authorisation said the decision covers the request; the amount it covers is its own.
        Authorisation whole = decisions.authorisation(decisionId, DecisionType.APPROVE_ALLOCATION, PROGRAMME,
                programmeId, null);
        if (!whole.granted()) {
            throw new BusinessRuleException("decisionId", whole.reason());
        }
        return decisions.decisionAmount(decisionId).orElse(requested);
    }

    private static Money reportingMoney(FundView fund, BigDecimal amount, String currency) {
        if (!fund.reportingCurrency().equals(currency)) {
            throw new BusinessRuleException("amount.currency", "Commitments and transfers are in the fund's reporting"
                    + " currency, " + fund.reportingCurrency());
        }
        return Money.of(amount, Money.currency(currency));
    }
}
