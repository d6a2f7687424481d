package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.Authorisation;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.mobilisation.api.CommitmentRequest;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.OrganisationRefundRequest;
import org.migrationmptf.mobilisation.api.ProgrammeMoney;
import org.migrationmptf.mobilisation.api.ReleaseRequest;
import org.migrationmptf.mobilisation.api.TransferRequest;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.ClosureKind;
import org.migrationmptf.programming.api.ClosureRequest;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.FinalExpenditureRequest;
import org.migrationmptf.programming.api.ProgrammeFunding;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.RefusalRequest;
import org.migrationmptf.programming.api.RevisionKind;
import org.migrationmptf.programming.api.RevisionRequest;
import org.migrationmptf.programming.api.RevisionStatus;
import org.migrationmptf.programming.api.RevisionView;
import org.migrationmptf.programming.api.TrancheRequest;
import org.migrationmptf.programming.api.TransferView;
import org.migrationmptf.programming.api.UnspentRefundRequest;
import org.migrationmptf.programming.domain.Budget;
import org.migrationmptf.programming.domain.FinalExpenditure;
import org.migrationmptf.programming.domain.JointProgramme;
import org.migrationmptf.programming.domain.ProgrammeRevision;
import org.migrationmptf.programming.domain.ProgrammeTransfer;

/**
 * A programme's money after approval. Every step locks the programme first (then the ledger locks the fund), so
 * that what it checks (an organisation's share left, the pending revision, what was received) cannot change
 * before it writes: concurrent tranches can never over-transfer. Ledger keys are prefixed with the programme so
 * that the same key sent for two programmes books both.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class ProgrammeFundingService implements ProgrammeFunding {

    private static final String PROGRAMME = "JOINT_PROGRAMME";

    @PersistenceContext
    EntityManager em;

    @Inject
    FundAdministration funds;

    @Inject
    FundMoney fundMoney;

    @Inject
    DecisionRegister decisions;

    @Inject
    ProgrammeLookup lookup;

    @Inject
    EarmarkPools pools;

    @Inject
    Participation participation;

    @Override
    public List<TransferView> transfers(long id) {
        JointProgramme programme = lookup.visible(id);
        return em.createQuery("select t from ProgrammeTransfer t where t.programme = :p order by t.id",
                ProgrammeTransfer.class).setParameter("p", programme).getResultList().stream()
                .map(this::view).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public TransferView transfer(long id, TrancheRequest r, String idempotencyKey) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        String key = idempotencyKey.strip();
        List<ProgrammeTransfer> repeat = em.createQuery("select t from ProgrammeTransfer t where t.programme = :p"
                + " and t.idempotencyKey = :key", ProgrammeTransfer.class).setParameter("p", programme)
                .setParameter("key", key).getResultList();
        if (!repeat.isEmpty()) {
            return view(repeat.get(0));
        }
        long organisation = participation.organisationId(r.organisation(), "organisation");
        programme.checkCanReceiveTransfer(organisation);
        Money amount = inProgrammeCurrency(programme, r.amount(), "amount");
        List<ProgrammeTransfer> earlier = em.createQuery("select t from ProgrammeTransfer t where t.programme = :p"
                + " and t.organisationId = :o", ProgrammeTransfer.class).setParameter("p", programme)
                .setParameter("o", organisation).getResultList();
        BigDecimal received = earlier.stream().map(ProgrammeTransfer::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = programme.budget().share(organisation);
        if (received.add(amount.amount()).compareTo(share) > 0) {
            throw new ConflictException("amount", r.organisation() + "'s approved share of programme " + id + " is "
                    + plain(share) + " " + programme.getCurrency() + "; it has received " + plain(received)
                    + ", so at most " + plain(share.subtract(received)) + " can still be transferred, not "
                    + plain(amount.amount()));
        }
        FundView fund = funds.fundById(programme.getFundId());
        JournalView journal = fundMoney.transfer(fund.code(), new TransferRequest(id, r.organisation().strip(),
                r.decisionId(), r.amount()), "programme:" + id + ":" + key);
        ProgrammeTransfer transfer = new ProgrammeTransfer(programme, organisation, earlier.size() + 1, r.decisionId(),
                amount.amount(), journal.id(), key, participation.user(), Instant.now());
        em.persist(transfer);
        programme.transferred();
        em.flush();
        return view(transfer);
    }

    @Override
    public List<RevisionView> revisions(long id) {
        JointProgramme programme = lookup.visible(id);
        FundView fund = funds.fundById(programme.getFundId());
        return em.createQuery("select r from ProgrammeRevision r where r.programme = :p order by r.id",
                ProgrammeRevision.class).setParameter("p", programme).getResultList().stream()
                .map(r -> view(r, fund)).toList();
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    public RevisionView requestRevision(long id, RevisionRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        if (!participation.isFundManager() && !participation.isFocalPointOf(programme.getLeadOrganisationId())) {
            throw new AccessDeniedException("The lead organisation's focal point or the FMU asks for a revision");
        }
        long open = em.createQuery("select count(r) from ProgrammeRevision r where r.programme = :p and r.status = "
                + "org.migrationmptf.programming.api.RevisionStatus.REQUESTED", Long.class)
                .setParameter("p", programme).getSingleResult();
        if (open > 0) {
            throw new ConflictException("Programme " + id + " has a revision waiting for a decision: one at a time");
        }
        FundView fund = funds.fundById(programme.getFundId());
        ProgrammeRevision revision;
        if (r.kind() == RevisionKind.BUDGET) {
            if (r.budget() == null || r.budget().isEmpty()) {
                throw new BusinessRuleException("budget", "A budget revision gives the whole new budget");
            }
            Budget after = lookup.budget(r.budget());
            checkBudget(programme, after, fund);
            revision = ProgrammeRevision.budget(programme, after, r.justification(), participation.user(), Instant.now());
        } else {
            revision = ProgrammeRevision.extension(programme, r.endsOn(), r.justification(), participation.user(),
                    Instant.now());
        }
        em.persist(revision);
        em.flush();
        return view(revision, fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public RevisionView approveRevision(long id, long revisionId, DecisionReference r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        ProgrammeRevision revision = revision(programme, revisionId);
        FundView fund = funds.fundById(programme.getFundId());
        if (revision.getStatus() != RevisionStatus.REQUESTED) {
            throw new ConflictException("The revision is already " + revision.getStatus());
        }
        BigDecimal change = BigDecimal.ZERO;
        if (revision.getKind() == RevisionKind.BUDGET) {
            checkBudget(programme, revision.after(), fund);
            change = revision.after().total().subtract(programme.budget().total());
        }
        Money increase = change.signum() > 0 ? Money.of(change, Money.currency(programme.getCurrency())) : null;
        Authorisation authorisation = decisions.authorisation(r.decisionId(), DecisionType.APPROVE_REVISION,
                PROGRAMME, id, increase);
        if (!authorisation.granted()) {
            throw new BusinessRuleException("decisionId", authorisation.reason());
        }
        List<String> drawFrom = pools.pools(programme.getThematicArea(), programme.countryCodes());
        if (change.signum() > 0) {
            fundMoney.commit(fund.code(), new CommitmentRequest(id, r.decisionId(),
                    new MoneyInput(change, programme.getCurrency()), drawFrom), "programme-revision:" + revisionId);
        } else if (change.signum() < 0) {
            fundMoney.release(fund.code(), new ReleaseRequest(id, r.decisionId(), new MoneyInput(change.negate(),
                    programme.getCurrency()), "budget revision " + revisionId), "programme-revision:" + revisionId);
        }
        revision.approve(r.decisionId(), participation.user(), Instant.now());
        em.flush();
        return view(revision, fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public RevisionView refuseRevision(long id, long revisionId, RefusalRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        ProgrammeRevision revision = revision(programme, revisionId);
        revision.refuse(r.reason(), participation.user(), Instant.now());
        em.flush();
        return view(revision, funds.fundById(programme.getFundId()));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    public ProgrammeView reportFinalExpenditure(long id, FinalExpenditureRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        long organisation = participation.organisationId(r.organisation(), "organisation");
        if (!participation.isFundManager() && !participation.isFocalPointOf(organisation)) {
            throw new AccessDeniedException("A focal point reports final expenditure for its own organisation only");
        }
        if (!programme.involves(organisation)) {
            throw new BusinessRuleException("organisation", r.organisation() + " does not take part in programme " + id);
        }
        Money spent = inProgrammeCurrency(programme, r.amount().input(), "amount");
        BigDecimal received = ledgerMoney(programme).getOrDefault(organisation, new BigDecimal[2])[0];
        FinalExpenditure expenditure = finalExpenditure(programme).get(organisation);
        if (expenditure == null) {
            expenditure = new FinalExpenditure(programme, organisation);
            expenditure.report(spent.amount(), received == null ? BigDecimal.ZERO : received);
            em.persist(expenditure);
        } else {
            expenditure.report(spent.amount(), received == null ? BigDecimal.ZERO : received);
        }
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.ADMIN_AGENT)
    public ProgrammeView recordRefund(long id, UnspentRefundRequest r, String idempotencyKey) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        programme.checkCanTakeRefund();
        long organisation = participation.organisationId(r.organisation(), "organisation");
        Money amount = inProgrammeCurrency(programme, r.amount(), "amount");
        FinalExpenditure expenditure = finalExpenditure(programme).get(organisation);
        BigDecimal[] money = ledgerMoney(programme).get(organisation);
        if (expenditure != null && money != null) {
            BigDecimal unspent = money[0].subtract(money[1]).subtract(expenditure.getAmount());
            if (amount.amount().compareTo(unspent) > 0) {
                throw new ConflictException("amount", r.organisation() + " reported " + plain(expenditure.getAmount())
                        + " spent of " + plain(money[0]) + " received and has returned " + plain(money[1])
                        + ": " + plain(unspent.max(BigDecimal.ZERO)) + " is left to return, not " + plain(amount.amount()));
            }
        }
        FundView fund = funds.fundById(programme.getFundId());
        fundMoney.refundFromOrganisation(fund.code(), new OrganisationRefundRequest(id, r.organisation().strip(),
                r.valueDate(), r.amount(), null), idempotencyKey == null || idempotencyKey.isBlank() ? null
                : "programme-refund:" + id + ":" + idempotencyKey.strip());
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView close(long id, ClosureRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        if (r.kind() == ClosureKind.OPERATIONAL) {
            programme.closeOperationally(LocalDate.now());
        } else {
            settleForClosure(programme);
            programme.closeFinancially(LocalDate.now());
        }
        em.flush();
        return lookup.view(programme);
    }

    /** Checks every organisation that received money has certified its spending and returned the rest. */
    private void settleForClosure(JointProgramme programme) {
        if (programme.getStatus() != org.migrationmptf.programming.api.ProgrammeStatus.OPERATIONALLY_CLOSED) {
            programme.closeFinancially(LocalDate.now()); // refuses with the status in words
        }
        Map<Long, FinalExpenditure> spent = finalExpenditure(programme);
        List<String> open = new ArrayList<>();
        ledgerMoney(programme).forEach((organisation, money) -> {
            FinalExpenditure expenditure = spent.get(organisation);
            String name = participation.acronym(organisation);
            if (expenditure == null) {
                open.add(name + " has not reported its final expenditure");
            } else {
                BigDecimal unspent = money[0].subtract(money[1]).subtract(expenditure.getAmount());
                if (unspent.signum() != 0) {
                    open.add(name + " still holds " + plain(unspent) + " " + programme.getCurrency() + " unspent");
                }
            }
        });
        if (!open.isEmpty()) {
            throw new ConflictException("Programme " + programme.getId() + " cannot close financially: "
                    + String.join("; ", open));
        }
        FundView fund = funds.fundById(programme.getFundId());
        BigDecimal outstanding = new BigDecimal(fundMoney.programmeMoney(fund.code(), programme.getId())
                .outstandingCommitment().amount());
        if (outstanding.signum() > 0) {
            fundMoney.release(fund.code(), new ReleaseRequest(programme.getId(), null,
                    new MoneyInput(outstanding, programme.getCurrency()), "financial closure, never transferred"),
                    "programme-closure:" + programme.getId());
        }
    }

    /** Each organisation's revised share must stay within the cap and at least what it has already received. */
    private void checkBudget(JointProgramme programme, Budget after, FundView fund) {
        List<String> problems = new ArrayList<>(lookup.problems(programme, after, fund));
        ledgerMoney(programme).forEach((organisation, money) -> {
            if (after.share(organisation).compareTo(money[0]) < 0) {
                problems.add(participation.acronym(organisation) + " has already received " + plain(money[0])
                        + ": its share cannot be less");
            }
        });
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("budget", String.join("; ", problems));
        }
    }

    /** Per organisation from the ledger: [received, returned]. */
    private Map<Long, BigDecimal[]> ledgerMoney(JointProgramme programme) {
        ProgrammeMoney money = fundMoney.programmeMoney(funds.fundById(programme.getFundId()).code(), programme.getId());
        Map<Long, BigDecimal[]> byOrganisation = new HashMap<>();
        money.organisations().forEach(o -> byOrganisation.put(o.organisationId(), new BigDecimal[] {
                new BigDecimal(o.transferred().amount()), new BigDecimal(o.refunded().amount())}));
        return byOrganisation;
    }

    private Map<Long, FinalExpenditure> finalExpenditure(JointProgramme programme) {
        Map<Long, FinalExpenditure> byOrganisation = new HashMap<>();
        em.createQuery("select e from FinalExpenditure e where e.programme = :p", FinalExpenditure.class)
                .setParameter("p", programme).getResultList().forEach(e -> byOrganisation.put(e.getOrganisationId(), e));
        return byOrganisation;
    }

    private ProgrammeRevision revision(JointProgramme programme, long revisionId) {
        ProgrammeRevision revision = em.find(ProgrammeRevision.class, revisionId);
        if (revision == null || !revision.getProgramme().getId().equals(programme.getId())) {
            throw new RecordNotFoundException("revisionId", "Programme " + programme.getId() + " has no revision "
                    + revisionId);
        }
        return revision;
    }

    private static Money inProgrammeCurrency(JointProgramme programme, MoneyInput input, String field) {
        if (!programme.getCurrency().equals(input.currency())) {
            throw new BusinessRuleException(field + ".currency", "The programme's money is in " + programme.getCurrency());
        }
        return input.toMoney();
    }

    private TransferView view(ProgrammeTransfer t) {
        return new TransferView(t.getId(), t.getProgramme().getId(), participation.acronym(t.getOrganisationId()),
                t.getTranche(), t.getDecisionId(), ProgrammeLookup.money(t.getAmount(),
                Money.currency(t.getProgramme().getCurrency())), t.getJournalId(), t.getTransferredBy(),
                t.getTransferredAt());
    }

    private RevisionView view(ProgrammeRevision r, FundView fund) {
        JointProgramme p = r.getProgramme();
        // Before approval, "before" is the budget as it stands now; approval keeps it as it was.
        BudgetView before = r.getKind() != RevisionKind.BUDGET ? null : r.getStatus() == RevisionStatus.APPROVED
                ? lookup.budgetView(p, r.before(), fund)
                : r.getStatus() == RevisionStatus.REQUESTED ? lookup.budgetView(p, p.budget(), fund) : null;
        BudgetView after = r.getKind() == RevisionKind.BUDGET ? lookup.budgetView(p, r.after(), fund) : null;
        return new RevisionView(r.getId(), p.getId(), r.getKind(), r.getStatus(), r.getJustification(), before, after,
                r.getEndsOnBefore(), r.getEndsOnAfter(), r.getDecisionId(), r.getRefusalReason(), r.getRequestedBy(),
                r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt());
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
