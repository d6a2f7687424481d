package org.migrationmptf.mobilisation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import org.migrationmptf.mobilisation.api.DeliveryGrouping;
import org.migrationmptf.mobilisation.api.DeliveryLine;
import org.migrationmptf.mobilisation.api.ExpenditureRequest;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.mobilisation.api.ProgrammeTransaction;
import org.migrationmptf.mobilisation.api.ProgrammeMoney;
import org.migrationmptf.mobilisation.api.ReleaseRequest;
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
        DecisionType act = allocationOrRevision(r.decisionId(), r.programmeId(), amount);
        Money decided = decidedAmount(r.decisionId(), act, r.programmeId(), amount);
        BigDecimal already = ledger.committedOnDecision(fund.id(), r.decisionId());
        if (already.add(amount.amount()).compareTo(decided.amount()) > 0) {
            throw new BusinessRuleException("amount", "Decision " + r.decisionId() + " has already committed "
                    + Views.money(already, amount.currency()).amount() + " to programme " + r.programmeId()
                    + "; with " + amount + " it would exceed the " + decided + " it approves");
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
                "Commitment to programme " + r.programmeId() + " on decision " + r.decisionId())
                .onDecision(r.decisionId());
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
        java.util.Optional<Money> instructed = decisions.decisionAmount(r.decisionId());
        if (instructed.isPresent()) {
            BigDecimal already = ledger.transferredOnDecision(fund.id(), r.decisionId());
            if (already.add(amount.amount()).compareTo(instructed.get().amount()) > 0) {
                throw new ConflictException("amount", "Decision " + r.decisionId() + " instructs "
                        + instructed.get() + " and " + Views.money(already, amount.currency()).amount() + " "
                        + fund.reportingCurrency() + " has been transferred on it; " + amount + " more would exceed it");
            }
        }
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
                        + r.decisionId()).onDecision(r.decisionId());
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
        // What it holds: received, less returned, less reported spent (spent money is not there to return).
        Map<String, BigDecimal> held = ledger.unspentByOrganisation(fund.id(), organisation.id(), r.programmeId());
        boolean named = r.pool() != null && !r.pool().isBlank();
        BigDecimal holds = named ? held.getOrDefault(r.pool(), BigDecimal.ZERO)
                : held.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.amount().compareTo(holds) > 0) {
            throw new ConflictException("amount", organisation.acronym() + " holds "
                    + Views.money(holds, amount.currency()).amount() + " " + fund.reportingCurrency()
                    + " (received, less refunds and reported expenditure) for programme " + r.programmeId()
                    + (named ? " from pool " + r.pool() : "") + ": it cannot return more");
        }
        Map<String, BigDecimal> returns = named ? Map.of(r.pool(), amount.amount())
                : Drawdown.release(held, amount.amount());
        Journal.Builder journal = Journal.builder(fund.id(), JournalKind.REFUND_FROM_ORGANISATION, r.valueDate(),
                "Refund from " + organisation.acronym() + " for programme " + r.programmeId());
        returns.forEach((pool, back) -> journal.move(Account.CASH, Account.REFUNDS_FROM_ORGANISATIONS, pool,
                Money.of(back, amount.currency()), null, organisation.id(), r.programmeId()));
        return Views.journal(ledger.post(journal.build(currentUser.getName(), idempotencyKey)));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public JournalView release(String fundCode, ReleaseRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        Money amount = reportingMoney(fund, r.amount().amount(), r.amount().currency());
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        Map<String, BigDecimal> outstanding = ledger.outstandingCommitments(fund.id(), r.programmeId());
        BigDecimal committed = outstanding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.amount().compareTo(committed) > 0) {
            throw new ConflictException("amount", "Programme " + r.programmeId() + " has "
                    + Views.money(committed, amount.currency()).amount() + " " + fund.reportingCurrency()
                    + " committed and not yet transferred; " + amount + " cannot be released");
        }
        Journal.Builder journal = Journal.builder(fund.id(), JournalKind.COMMITMENT, LocalDate.now(),
                "Release of commitment to programme " + r.programmeId() + ": " + r.reason()).onDecision(r.decisionId());
        Drawdown.release(outstanding, amount.amount()).forEach((pool, back) -> journal.move(
                Account.COMMITMENTS_CONTRA, Account.COMMITMENTS, pool, Money.of(back, amount.currency()), null, null,
                r.programmeId()));
        return Views.journal(ledger.post(journal.build(currentUser.getName(), idempotencyKey)));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR})
    public ProgrammeMoney programmeMoney(String fundCode, long programmeId) {
        return programmeMoney(fundCode, List.of(programmeId)).get(programmeId);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR})
    public Map<Long, ProgrammeMoney> programmeMoney(String fundCode, Collection<Long> programmeIds) {
        FundView fund = funds.fund(fundCode);
        java.util.Currency currency = Money.currency(fund.reportingCurrency());
        Map<Long, Map<String, BigDecimal>> outstanding = ledger.outstandingCommitments(fund.id(), programmeIds);
        Map<Long, Map<Long, BigDecimal[]>> received = ledger.organisationMoney(fund.id(), programmeIds);
        Map<Long, ProgrammeMoney> byProgramme = new LinkedHashMap<>();
        for (long programmeId : programmeIds) {
            BigDecimal committed = outstanding.getOrDefault(programmeId, Map.of()).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal transferred = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            List<ProgrammeMoney.OrganisationMoney> byOrganisation = new java.util.ArrayList<>();
            for (var entry : received.getOrDefault(programmeId, Map.of()).entrySet()) {
                BigDecimal[] money = entry.getValue();
                transferred = transferred.add(money[0]);
                refunded = refunded.add(money[1]);
                spent = spent.add(money[2]);
                byOrganisation.add(new ProgrammeMoney.OrganisationMoney(entry.getKey(), Views.money(money[0], currency),
                        Views.money(money[1], currency), Views.money(money[2], currency)));
            }
            byProgramme.put(programmeId, new ProgrammeMoney(programmeId, Views.money(committed, currency),
                    Views.money(transferred, currency), Views.money(refunded, currency), Views.money(spent, currency),
                    byOrganisation));
        }
        return byProgramme;
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public JournalView recordExpenditure(String fundCode, ExpenditureRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        Money amount = reportingMoney(fund, r.amount().amount(), r.amount().currency());
        OrganisationView organisation = organisations.organisation(r.organisation());
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        Map<String, BigDecimal> unspent = ledger.unspentByOrganisation(fund.id(), organisation.id(), r.programmeId());
        BigDecimal holds = unspent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.amount().compareTo(holds) > 0) {
            throw new ConflictException("amount", organisation.acronym() + " holds "
                    + Views.money(holds, amount.currency()).amount() + " " + fund.reportingCurrency()
                    + " of programme " + r.programmeId() + "'s money not yet reported spent: expenditure of " + amount
                    + " is more than was transferred to it");
        }
        Journal.Builder journal = Journal.builder(fund.id(), JournalKind.EXPENDITURE, r.valueDate(),
                r.description());
        Drawdown.release(unspent, amount.amount()).forEach((pool, spent) -> journal.move(Account.EXPENDITURE_REPORTED,
                Account.EXPENDITURE_CONTRA, pool, Money.of(spent, amount.currency()), null, organisation.id(),
                r.programmeId()));
        return Views.journal(ledger.post(journal.build(currentUser.getName(), idempotencyKey)));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR})
    public List<DeliveryLine> delivery(String fundCode, DeliveryGrouping by) {
        FundView fund = funds.fund(fundCode);
        java.util.Currency currency = Money.currency(fund.reportingCurrency());
        String key = by == DeliveryGrouping.PROGRAMME ? "l.programmeId" : "l.organisationId";
        return ledger.delivery(fund.id(), key).stream().filter(row -> row[0] != null).map(row -> {
            BigDecimal transferred = (BigDecimal) row[1];
            BigDecimal refunded = (BigDecimal) row[2];
            BigDecimal spent = (BigDecimal) row[3];
            return new DeliveryLine((Long) row[0], Views.money(transferred, currency), Views.money(refunded, currency),
                    Views.money(spent, currency), Views.money(transferred.subtract(refunded).subtract(spent), currency),
                    DeliveryRate.of(spent, transferred));
        }).toList();
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR})
    public long ledgerVersion(String fundCode) {
        return ledger.newestJournal(funds.fundId(fundCode));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT,
            Roles.CONTRIBUTOR})
    public List<ProgrammeTransaction> programmeTransactions(String fundCode) {
        FundView fund = funds.fund(fundCode);
        java.util.Currency currency = Money.currency(fund.reportingCurrency());
        return ledger.programmeTransactions(fund.id()).stream().map(row -> new ProgrammeTransaction((Long) row[0],
                (Long) row[1], (JournalKind) row[2], (LocalDate) row[3], (Long) row[4],
                Views.money((BigDecimal) row[5], currency))).toList();
    }

    /** Commitments rest on an approve-allocation decision, or on an approve-revision one for a budget increase. */
    private DecisionType allocationOrRevision(long decisionId, long programmeId, Money amount) {
        Authorisation allocation = decisions.authorisation(decisionId, DecisionType.APPROVE_ALLOCATION, PROGRAMME,
                programmeId, amount);
        if (allocation.granted()) {
            return DecisionType.APPROVE_ALLOCATION;
        }
        Authorisation revision = decisions.authorisation(decisionId, DecisionType.APPROVE_REVISION, PROGRAMME,
                programmeId, amount);
        if (revision.granted()) {
            return DecisionType.APPROVE_REVISION;
        }
        throw new BusinessRuleException("decisionId", allocation.reason());
    }

    private void authorised(long decisionId, DecisionType act, long programmeId, Money amount) {
        Authorisation authorisation = decisions.authorisation(decisionId, act, PROGRAMME, programmeId, amount);
        if (!authorisation.granted()) {
            throw new BusinessRuleException("decisionId", authorisation.reason());
        }
    }

    private Money decidedAmount(long decisionId, DecisionType act, long programmeId, Money requested) {
        // The authorisation said the decision covers the request; the amount it covers is its own.
        Authorisation whole = decisions.authorisation(decisionId, act, PROGRAMME, programmeId, null);
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
