package org.migrationmptf.mobilisation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.AgreementRequest;
import org.migrationmptf.mobilisation.api.AgreementView;
import org.migrationmptf.mobilisation.api.ContributorRequest;
import org.migrationmptf.mobilisation.api.ContributorType;
import org.migrationmptf.mobilisation.api.ContributorView;
import org.migrationmptf.mobilisation.api.DepositRequest;
import org.migrationmptf.mobilisation.api.DepositView;
import org.migrationmptf.mobilisation.api.DonorStatement;
import org.migrationmptf.mobilisation.api.EarmarkKind;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.LedgerEntryRequest;
import org.migrationmptf.mobilisation.api.PipelineStage;
import org.migrationmptf.mobilisation.api.Pool;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.mobilisation.domain.Agreement;
import org.migrationmptf.mobilisation.domain.Contributor;
import org.migrationmptf.mobilisation.domain.Deposit;
import org.migrationmptf.mobilisation.domain.Journal;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.persistence.ReadOnlyLists;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Contributors, agreements, deposits and the other money movements the Administrative Agent records, and what is
 * read from them: the funding status, donor statements, the money available per earmark pool. The Administrative
 * Agent records; the FMU, the Steering Committee and auditors read; a contributor reads its own.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
public class MobilisationService implements ResourceMobilisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
    public Page<ContributorView> contributors(PipelineStage stage, ContributorType type, PageRequest page) {
        List<Contributor> rows = em.createNamedQuery("Contributor.search", Contributor.class)
                .setParameter("stage", stage).setParameter("type", type)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery("Contributor.count", Long.class)
                .setParameter("stage", stage).setParameter("type", type).getSingleResult();
        return Page.of(rows, page, total).map(Views::contributor);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    public ContributorView contributor(long id) {
        checkMayRead(id);
        return Views.contributor(contributorEntity(id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.FUND_MANAGER})
    public ContributorView registerContributor(ContributorRequest r) {
        if (!em.createQuery("select c from Contributor c where lower(c.name) = lower(:name)", Contributor.class)
                .setParameter("name", r.name().strip()).getResultList().isEmpty()) {
            throw new ConflictException("name", r.name() + " is already a contributor");
        }
        if (r.countryCode() != null) {
            referenceData.country(r.countryCode());
        }
        Contributor contributor = new Contributor(r.name(), r.type(), r.countryCode(), r.contactName(),
                r.contactEmail(), r.stage(), r.expected() == null ? null : money("expected.currency", r.expected().amount(), r.expected().currency()));
        em.persist(contributor);
        em.flush();
        return Views.contributor(contributor);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    public Page<AgreementView> agreements(String fundCode, Long contributorId, PageRequest page) {
        ReadOnlyLists.inThisTransaction(em);
        long fund = funds.fundId(fundCode);
        Long scope = contributorId;
        if (currentUser.hasRole(Roles.CONTRIBUTOR) && !readsAll()) {
            scope = ownContributor();
            if (contributorId != null && !contributorId.equals(scope)) {
                throw new AccessDeniedException("A contributor sees its own agreements only");
            }
        }
        Long contributor = scope;
        // Columns, not entities: a page leaves nothing for Hibernate to track. The total rides along as a subquery
        // the database runs once, and the page is read in the order of the index agreement_fund_signed (a window
        // count, count(*) over (), made it read and sort every agreement of the fund for each page).
        String filter = " where %s.fundId = :fund"
                + (contributor == null ? "" : " and %<s.contributor.id = :contributor");
        TypedQuery<AgreementRow> query = em.createQuery("select a.id, a.reference, c.id, c.name, a.signedOn,"
                + " a.currency, a.totalAmount, a.earmarkKind, a.earmarkValue,"
                + " (select count(x) from Agreement x" + filter.formatted("x") + ")"
                + " from Agreement a join a.contributor c" + filter.formatted("a")
                + " order by a.signedOn desc, a.id desc", AgreementRow.class).setParameter("fund", fund);
        if (contributor != null) {
            query.setParameter("contributor", contributor);
        }
        List<AgreementRow> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = Page.total(page, rows.isEmpty() ? null : rows.get(0).matching(), () -> em.createNamedQuery(
                "Agreement.countByFund", Long.class).setParameter("fund", fund).setParameter("contributor", contributor)
                .getSingleResult());
        Map<Long, List<InstalmentRow>> instalments = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select i.agreement.id, i.id, i.sequence, i.dueOn, i.amount from Instalment i"
                            + " where i.agreement.id in :ids order by i.sequence", InstalmentRow.class)
                    .setParameter("ids", rows.stream().map(AgreementRow::id).toList()).getResultList()
                    .forEach(i -> instalments.computeIfAbsent(i.agreementId(), k -> new ArrayList<>()).add(i));
        }
        // Every agreement's receipts, summed once per booking of the fund (deposits are written with journals).
        Deposited deposited = ledger.remembered(fund, List.of("deposited"), () -> depositedInFund(fund));
        return Page.of(rows.stream().map(r -> view(r, instalments.getOrDefault(r.id(), List.of()), deposited))
                .toList(), page, total);
    }

    /** An agreement as the list reads it (Hibernate calls the constructor with the columns), and how many matched. */
    public record AgreementRow(Long id, String reference, Long contributorId, String contributor, LocalDate signedOn,
                               String currency, BigDecimal total, EarmarkKind earmarkKind, String earmarkValue,
                               Long matching) {
    }

    /** An instalment of an agreement, read as values. */
    public record InstalmentRow(Long agreementId, Long id, Integer sequence, LocalDate dueOn, BigDecimal amount) {
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    public AgreementView agreement(String fundCode, long id) {
        Agreement agreement = agreementEntity(funds.fund(fundCode), id);
        checkMayRead(agreement.getContributor().getId());
        Deposited deposited = deposited(List.of(agreement));
        return view(agreement, deposited);
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public AgreementView signAgreement(String fundCode, AgreementRequest r) {
        FundView fund = funds.fund(fundCode);
        Contributor contributor = contributorEntity(r.contributorId());
        Money total = money("total.currency", r.total().amount(), r.total().currency());
        String earmark = earmarkValue(fund, r.earmarkKind(), r.earmarkValue());
        List<Agreement.ScheduledPayment> schedule = new ArrayList<>();
        for (int i = 0; i < r.instalments().size(); i++) {
            var instalment = r.instalments().get(i);
            Money amount = money("instalments[" + i + "].amount.currency", instalment.amount().amount(),
                    instalment.amount().currency());
            if (!amount.currency().equals(total.currency())) {
                throw new BusinessRuleException("instalments[" + i + "].amount.currency",
                        "Instalments are in the agreement's currency, " + total.currency().getCurrencyCode());
            }
            schedule.add(new Agreement.ScheduledPayment(instalment.dueOn(), amount));
        }
        if (!em.createQuery("select a from Agreement a where a.reference = :reference", Agreement.class)
                .setParameter("reference", r.reference()).getResultList().isEmpty()) {
            throw new ConflictException("reference", "An agreement " + r.reference() + " already exists");
        }
        Agreement agreement = new Agreement(fund.id(), contributor, r.reference(), r.signedOn(), total,
                r.earmarkKind(), earmark, schedule);
        em.persist(agreement);
        em.flush();
        return agreement(fundCode, agreement.getId());
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public DepositView previewDeposit(String fundCode, DepositRequest r) {
        FundView fund = funds.fund(fundCode);
        Agreement agreement = agreementEntity(fund, r.agreementId());
        PricedDeposit priced = price(fund, agreement, r);
        return new DepositView(0, 0, agreement.getReference(), r.valueDate(), MoneyView.of(priced.amount),
                r.exchangeRate(), MoneyView.of(priced.value), MoneyView.of(priced.fee),
                MoneyView.of(priced.value.minus(priced.fee)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public DepositView recordDeposit(String fundCode, DepositRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return em.createNamedQuery("Deposit.findByJournal", Deposit.class)
                    .setParameter("journal", existing.get().getId()).getResultList().stream().findFirst()
                    .map(d -> Views.deposit(d, Money.currency(fund.reportingCurrency())))
                    .orElseThrow(() -> new ConflictException("Idempotency-Key",
                            "This key was already used for another kind of booking"));
        }
        Agreement agreement = agreementEntity(fund, r.agreementId());
        PricedDeposit priced = price(fund, agreement, r);
        Long contributor = agreement.getContributor().getId();
        String pool = agreement.pool();
        Journal journal = ledger.post(Journal.builder(fund.id(), JournalKind.DEPOSIT, r.valueDate(),
                        "Deposit of " + priced.amount + " under agreement " + agreement.getReference())
                .move(Account.CASH, Account.CONTRIBUTIONS, pool, priced.value, contributor, null, null)
                .move(Account.AA_FEES, Account.CASH, pool, priced.fee, contributor, null, null)
                .build(currentUser.getName(), idempotencyKey));
        Deposit deposit = new Deposit(agreement, r.instalmentId(), r.valueDate(), priced.amount, r.exchangeRate(),
                priced.value, priced.fee, journal);
        em.persist(deposit);
        em.flush();
        return Views.deposit(deposit, Money.currency(fund.reportingCurrency()));
    }

    /**
     * The deposit's value in the reporting currency (rounded half-even to cents by {@link Money#convertTo}, the one
     * rounding point for deposits) and the Administrative Agent's fee on it (the fund's rate, rounded half-even to
     * cents), after checking it fits the agreement.
     */
    private PricedDeposit price(FundView fund, Agreement agreement, DepositRequest r) {
        Money amount = money("amount.currency", r.amount().amount(), r.amount().currency());
        Currency reporting = Money.currency(fund.reportingCurrency());
        if (amount.currency().equals(reporting) && r.exchangeRate().compareTo(BigDecimal.ONE) != 0) {
            throw new BusinessRuleException("exchangeRate", "A deposit in " + reporting.getCurrencyCode()
                    + " has an exchange rate of 1");
        }
        if (r.instalmentId() != null && agreement.getInstalments().stream()
                .noneMatch(i -> i.getId().equals(r.instalmentId()))) {
            throw new BusinessRuleException("instalmentId", "Instalment " + r.instalmentId() + " is not one of agreement "
                    + agreement.getReference() + "'s");
        }
        if (r.valueDate().isBefore(agreement.getSignedOn())) {
            throw new BusinessRuleException("valueDate", "Money cannot arrive (" + r.valueDate()
                    + ") before the agreement is signed (" + agreement.getSignedOn() + ")");
        }
        BigDecimal received = em.createNamedQuery("Deposit.sumForAgreement", BigDecimal.class)
                .setParameter("agreement", agreement.getId()).getSingleResult();
        agreement.checkCanReceive(Money.of(received, agreement.getTotal().currency()), amount);
        Money value = amount.convertTo(reporting, r.exchangeRate());
        Money fee = value.times(new BigDecimal(fund.administrativeAgentFeeRate())).roundedToMinorUnits();
        return new PricedDeposit(amount, value, fee);
    }

    private record PricedDeposit(Money amount, Money value, Money fee) {
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public JournalView recordEntry(String fundCode, LedgerEntryRequest r, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        Money amount = money("amount.currency", r.amount().amount(), r.amount().currency());
        if (!amount.currency().getCurrencyCode().equals(fund.reportingCurrency())) {
            throw new BusinessRuleException("amount.currency", "The ledger is kept in " + fund.reportingCurrency());
        }
        String pool = r.pool() == null || r.pool().isBlank() ? Pool.UNEARMARKED : r.pool().strip();
        Account[] accounts = switch (r.kind()) {
            case INTEREST -> new Account[] {Account.CASH, Account.INTEREST_INCOME};
            case OTHER_INCOME -> new Account[] {Account.CASH, Account.OTHER_INCOME};
            case BANK_CHARGE -> new Account[] {Account.BANK_CHARGES, Account.CASH};
            case DIRECT_COST -> new Account[] {Account.DIRECT_COSTS, Account.CASH};
            case REFUND_TO_CONTRIBUTOR -> new Account[] {Account.REFUNDS_TO_CONTRIBUTORS, Account.CASH};
            case TRANSFER_TO_OTHER_FUND -> new Account[] {Account.TRANSFERS_TO_OTHER_FUNDS, Account.CASH};
            default -> throw new BusinessRuleException("kind", r.kind() + " is not recorded here: deposits, "
                    + "commitments and transfers have their own requests");
        };
        if (r.kind() == JournalKind.REFUND_TO_CONTRIBUTOR) {
            if (r.contributorId() == null) {
                throw new BusinessRuleException("contributorId", "A refund names the contributor it goes back to");
            }
            contributorEntity(r.contributorId());
        }
        if (accounts[1] == Account.CASH) {
            BigDecimal cash = Ledger.of(ledger.balancesByPool(fund.id(), LocalDate.of(9999, 12, 31))
                    .getOrDefault(pool, Map.of()), Account.CASH);
            if (amount.amount().compareTo(cash) > 0) {
                throw new ConflictException("amount", "Pool " + pool + " holds " + Views.money(cash, amount.currency())
                        .amount() + " " + fund.reportingCurrency() + ": it cannot pay out " + amount);
            }
        }
        Journal journal = ledger.post(Journal.builder(fund.id(), r.kind(), r.valueDate(), r.description().strip())
                .move(accounts[0], accounts[1], pool, amount, r.contributorId(), null, null)
                .build(currentUser.getName(), idempotencyKey));
        return Views.journal(journal);
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public JournalView reverse(String fundCode, long journalId, String reason, String idempotencyKey) {
        FundView fund = funds.fund(fundCode);
        var existing = ledger.lockAndFindRepeat(fund.id(), idempotencyKey);
        if (existing.isPresent()) {
            return Views.journal(existing.get());
        }
        Journal original = em.find(Journal.class, journalId);
        if (original == null || original.getFundId() != fund.id()) {
            throw new RecordNotFoundException("journalId", "Fund " + fundCode + " has no journal " + journalId);
        }
        if (original.getReversesId() != null) {
            throw new ConflictException("Journal " + journalId + " is itself a reversal: record the movement again instead");
        }
        if (!em.createQuery("select j from Journal j where j.reversesId = :id", Journal.class)
                .setParameter("id", journalId).getResultList().isEmpty()) {
            throw new ConflictException("Journal " + journalId + " is already reversed");
        }
        Journal reversal = original.reversal(LocalDate.now(), reason, currentUser.getName(), idempotencyKey);
        Map<String, Map<Account, BigDecimal>> balances = ledger.balancesByPool(fund.id(), LocalDate.of(9999, 12, 31));
        Map<String, BigDecimal> cashChange = new HashMap<>();
        reversal.getLines().stream().filter(l -> l.getAccount() == Account.CASH)
                .forEach(l -> cashChange.merge(l.getPool(), l.getAmount(), BigDecimal::add));
        cashChange.forEach((pool, change) -> {
            BigDecimal after = Ledger.of(balances.getOrDefault(pool, Map.of()), Account.CASH).add(change);
            if (after.signum() < 0) {
                throw new ConflictException("Reversing journal " + journalId + " would leave pool " + pool
                        + " with less than nothing: its money has been used since");
            }
        });
        return Views.journal(ledger.post(reversal));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
    public Page<JournalView> journals(String fundCode, LocalDate from, LocalDate to, PageRequest page) {
        ReadOnlyLists.inThisTransaction(em);
        long fund = funds.fundId(fundCode);
        LocalDate start = from == null ? LocalDate.of(1, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        // Columns, not entities, as for the agreements: nothing for Hibernate to track, and the page's lines in one
        // statement of values instead of a batch of entities.
        List<JournalRow> rows = em.createQuery("select j.id, j.kind, j.valueDate, j.description, j.recordedBy,"
                        + " j.recordedAt, j.reversesId from Journal j where j.fundId = :fund and j.valueDate >= :from"
                        + " and j.valueDate <= :to order by j.valueDate desc, j.id desc", JournalRow.class)
                .setParameter("fund", fund).setParameter("from", start).setParameter("to", end)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, List<JournalView.Line>> lines = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select l.journal.id, l.account, l.pool, l.amount, l.currency, l.contributorId,"
                            + " l.organisationId, l.programmeId from JournalLine l where l.journal.id in :ids"
                            + " order by l.id", LineRow.class)
                    .setParameter("ids", rows.stream().map(JournalRow::id).toList()).getResultList()
                    .forEach(l -> lines.computeIfAbsent(l.journalId(), k -> new ArrayList<>()).add(l.view()));
        }
        // Counting a fund's journals reads them all: remembered until the fund's next journal.
        long total = ledger.remembered(fund, List.of("journals", start, end), () -> em.createQuery(
                        "select count(j) from Journal j where j.fundId = :fund and j.valueDate >= :from"
                        + " and j.valueDate <= :to", Long.class)
                .setParameter("fund", fund).setParameter("from", start).setParameter("to", end).getSingleResult());
        return Page.of(rows.stream().map(j -> new JournalView(j.id(), j.kind(), j.valueDate(), j.description(),
                j.recordedBy(), j.recordedAt(), j.reversesId(), lines.getOrDefault(j.id(), List.of()))).toList(),
                page, total);
    }

    /** A journal as the ledger list reads it (Hibernate calls the constructor with the columns). */
    public record JournalRow(Long id, JournalKind kind, LocalDate valueDate, String description, String recordedBy,
                             Instant recordedAt, Long reversesId) {
    }

    /** A journal line, read as values. */
    public record LineRow(Long journalId, Account account, String pool, BigDecimal amount, String currency,
                          Long contributorId, Long organisationId, Long programmeId) {

        JournalView.Line view() {
            return new JournalView.Line(account, pool, MoneyView.of(Money.of(amount, Money.currency(currency))),
                    contributorId, organisationId, programmeId);
        }
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    public FundingStatusView fundingStatus(String fundCode, LocalDate asOf) {
        FundView fund = funds.fund(fundCode);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Map<Account, BigDecimal> b = ledger.balances(fund.id(), day);
        Currency usd = Money.currency(fund.reportingCurrency());
        BigDecimal contributions = Ledger.of(b, Account.CONTRIBUTIONS).negate();
        BigDecimal interest = Ledger.of(b, Account.INTEREST_INCOME).negate();
        BigDecimal other = Ledger.of(b, Account.OTHER_INCOME).negate();
        BigDecimal sources = contributions.add(interest).add(other);
        BigDecimal uses = Ledger.of(b, Account.TRANSFERS_TO_ORGANISATIONS).add(Ledger.of(b, Account.TRANSFERS_TO_OTHER_FUNDS))
                .add(Ledger.of(b, Account.REFUNDS_TO_CONTRIBUTORS)).add(Ledger.of(b, Account.AA_FEES))
                .add(Ledger.of(b, Account.DIRECT_COSTS)).add(Ledger.of(b, Account.BANK_CHARGES));
        BigDecimal refundsIn = Ledger.of(b, Account.REFUNDS_FROM_ORGANISATIONS).negate();
        BigDecimal spent = Ledger.of(b, Account.EXPENDITURE_REPORTED);
        BigDecimal target = new BigDecimal(fund.mobilisationTarget().amount());
        String reached = contributions.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
        return new FundingStatusView(fund.code(), day, Views.money(contributions, usd), Views.money(interest, usd),
                Views.money(other, usd), Views.money(sources, usd),
                Views.money(Ledger.of(b, Account.TRANSFERS_TO_ORGANISATIONS), usd),
                Views.money(Ledger.of(b, Account.TRANSFERS_TO_OTHER_FUNDS), usd),
                Views.money(Ledger.of(b, Account.REFUNDS_TO_CONTRIBUTORS), usd),
                Views.money(Ledger.of(b, Account.AA_FEES), usd), Views.money(Ledger.of(b, Account.DIRECT_COSTS), usd),
                Views.money(Ledger.of(b, Account.BANK_CHARGES), usd), Views.money(uses, usd),
                Views.money(refundsIn, usd), Views.money(sources.subtract(uses).add(refundsIn), usd),
                Views.money(Ledger.of(b, Account.COMMITMENTS), usd), fund.mobilisationTarget(), reached,
                Views.money(spent, usd), Views.money(Ledger.of(b, Account.TRANSFERS_TO_ORGANISATIONS).subtract(spent)
                        .subtract(refundsIn), usd),
                DeliveryRate.of(spent, Ledger.of(b, Account.TRANSFERS_TO_ORGANISATIONS)));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    public DonorStatement statement(long contributorId, LocalDate asOf) {
        checkMayRead(contributorId);
        Contributor contributor = contributorEntity(contributorId);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Agreement> agreements = em.createQuery("select a from Agreement a where a.contributor.id = :c"
                + " order by a.signedOn", Agreement.class).setParameter("c", contributorId).getResultList();
        Map<Long, BigDecimal> deposited = deposited(agreements).byAgreement();
        Map<Long, String> fundCodes = new HashMap<>();
        List<DonorStatement.AgreementLine> lines = agreements.stream().map(a -> new DonorStatement.AgreementLine(
                fundCodes.computeIfAbsent(a.getFundId(), this::fundCode), a.getReference(), a.getEarmarkKind(),
                a.getEarmarkValue(), MoneyView.of(a.getTotal()),
                MoneyView.of(Money.of(deposited.getOrDefault(a.getId(), BigDecimal.ZERO), a.getTotal().currency()))))
                .toList();
        Map<Account, BigDecimal> b = new HashMap<>();
        for (Object[] row : em.createQuery("select l.account, sum(l.amount) from JournalLine l where l.contributorId = :c"
                + " and l.valueDate <= :asOf group by l.account", Object[].class)
                .setParameter("c", contributorId).setParameter("asOf", day).getResultList()) {
            b.put((Account) row[0], (BigDecimal) row[1]);
        }
        Currency usd = Money.currency("USD");
        return new DonorStatement(contributorId, contributor.getName(), day, lines,
                Views.money(b.getOrDefault(Account.CONTRIBUTIONS, BigDecimal.ZERO).negate(), usd),
                Views.money(b.getOrDefault(Account.AA_FEES, BigDecimal.ZERO), usd),
                Views.money(b.getOrDefault(Account.REFUNDS_TO_CONTRIBUTORS, BigDecimal.ZERO), usd));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
    public List<PoolAvailability> availability(String fundCode) {
        return Availability.of(ledger, funds.fund(fundCode));
    }

    private String fundCode(long fundId) {
        return funds.fundCodes(List.of(fundId)).get(fundId);
    }

    private String earmarkValue(FundView fund, EarmarkKind kind, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (kind == EarmarkKind.UNEARMARKED) {
            if (v != null) {
                throw new BusinessRuleException("earmarkValue", "Unearmarked money names no area, country or region");
            }
            return null;
        }
        if (v == null) {
            throw new BusinessRuleException("earmarkValue", "Name the " + kind.name().toLowerCase().replace('_', ' ')
                    + " the money is earmarked to");
        }
        switch (kind) {
            case THEMATIC_AREA -> {
                boolean known = funds.thematicAreas(fund.code()).stream().anyMatch(a -> String.valueOf(a.number()).equals(v));
                if (!known) {
                    throw new BusinessRuleException("earmarkValue", "Fund " + fund.code() + " has no thematic area " + v);
                }
            }
            case COUNTRY -> referenceData.country(v);
            case REGION -> {
                boolean known = referenceData.allCountries().stream().anyMatch(c -> v.equals(c.region()));
                if (!known) {
                    throw new BusinessRuleException("earmarkValue", v + " is not a UN M49 region");
                }
            }
            default -> { }
        }
        return kind == EarmarkKind.COUNTRY ? v.toUpperCase() : v;
    }

    private Money money(String field, BigDecimal amount, String currency) {
        try {
            return Money.of(amount, Money.currency(currency));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, e.getMessage());
        }
    }

    private Contributor contributorEntity(long id) {
        Contributor contributor = em.find(Contributor.class, id);
        if (contributor == null) {
            throw new RecordNotFoundException("contributorId", "No contributor " + id);
        }
        return contributor;
    }

    private Agreement agreementEntity(FundView fund, long id) {
        Agreement agreement = em.find(Agreement.class, id);
        if (agreement == null || agreement.getFundId() != fund.id()) {
            throw new RecordNotFoundException("agreementId", "Fund " + fund.code() + " has no agreement " + id);
        }
        return agreement;
    }

    private boolean readsAll() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER)
                || currentUser.hasRole(Roles.ADMIN_AGENT) || currentUser.hasRole(Roles.AUDITOR);
    }

    /** A contributor's users read their own contributor's records only. */
    private void checkMayRead(long contributorId) {
        if (!readsAll() && ownContributor() != contributorId) {
            throw new AccessDeniedException("A contributor sees its own records only");
        }
    }

    private long ownContributor() {
        List<?> own = em.createNativeQuery("select contributor_id from mobilisation.contributor_user where user_name = ?")
                .setParameter(1, currentUser.getName()).getResultList();
        if (own.isEmpty()) {
            throw new AccessDeniedException("User " + currentUser.getName() + " is linked to no contributor");
        }
        return ((Number) own.get(0)).longValue();
    }

    /** What was received, per agreement and per instalment (deposits not reversed). */
    private record Deposited(Map<Long, BigDecimal> byAgreement, Map<Long, BigDecimal> byInstalment) {
    }

    /** Both sums of these agreements' deposits in one statement, leaving out reversed deposits. */
    private Deposited deposited(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return new Deposited(Map.of(), Map.of());
        }
        return summed(em.createQuery("select d.agreement.id, d.instalmentId, sum(d.amount) from Deposit d"
                        + " where d.agreement.id in :ids"
                        + " and not exists (select r from Journal r where r.reversesId = d.journal.id)"
                        + " group by d.agreement.id, d.instalmentId", Object[].class)
                .setParameter("ids", agreements.stream().map(Agreement::getId).toList()).getResultList());
    }

    /** The same for every agreement of a fund. */
    private Deposited depositedInFund(long fundId) {
        return summed(em.createQuery("select d.agreement.id, d.instalmentId, sum(d.amount) from Deposit d"
                        + " where d.fundId = :fund"
                        + " and not exists (select r from Journal r where r.reversesId = d.journal.id)"
                        + " group by d.agreement.id, d.instalmentId", Object[].class)
                .setParameter("fund", fundId).getResultList());
    }

    private static Deposited summed(List<Object[]> sums) {
        Map<Long, BigDecimal> byAgreement = new HashMap<>();
        Map<Long, BigDecimal> byInstalment = new HashMap<>();
        for (Object[] row : sums) {
            BigDecimal amount = (BigDecimal) row[2];
            byAgreement.merge((Long) row[0], amount, BigDecimal::add);
            if (row[1] != null) {
                byInstalment.merge((Long) row[1], amount, BigDecimal::add);
            }
        }
        return new Deposited(Map.copyOf(byAgreement), Map.copyOf(byInstalment));
    }

    private static AgreementView view(Agreement a, Deposited deposited) {
        return view(new AgreementRow(a.getId(), a.getReference(), a.getContributor().getId(),
                        a.getContributor().getName(), a.getSignedOn(), a.getTotal().currency().getCurrencyCode(),
                        a.getTotal().amount(), a.getEarmarkKind(), a.getEarmarkValue(), 1L),
                a.getInstalments().stream().map(i -> new InstalmentRow(a.getId(), i.getId(), i.getSequence(),
                        i.getDueOn(), i.getAmount())).toList(), deposited);
    }

    private static AgreementView view(AgreementRow a, List<InstalmentRow> schedule, Deposited deposited) {
        Currency currency = Money.currency(a.currency());
        LocalDate today = LocalDate.now();
        List<AgreementView.InstalmentView> instalments = schedule.stream().map(i -> {
            BigDecimal got = deposited.byInstalment().getOrDefault(i.id(), BigDecimal.ZERO);
            return new AgreementView.InstalmentView(i.id(), i.sequence(), i.dueOn(),
                    MoneyView.of(Money.of(i.amount(), currency)), MoneyView.of(Money.of(got, currency)),
                    i.dueOn().isBefore(today) && got.compareTo(i.amount()) < 0);
        }).toList();
        return new AgreementView(a.id(), a.reference(), a.contributorId(), a.contributor(), a.signedOn(),
                MoneyView.of(Money.of(a.total(), currency)),
                MoneyView.of(Money.of(deposited.byAgreement().getOrDefault(a.id(), BigDecimal.ZERO), currency)),
                a.earmarkKind(), a.earmarkValue(), instalments);
    }
}
