package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.mobilisation.api.CommitmentRequest;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.ProgrammeMoney;
import org.migrationmptf.mobilisation.api.ReleaseRequest;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.BudgetRequest;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeFilter;
import org.migrationmptf.programming.api.ProgrammeRequest;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.RefusalRequest;
import org.migrationmptf.programming.api.StatusChangeRequest;
import org.migrationmptf.programming.domain.Budget;
import org.migrationmptf.programming.domain.ConceptNote;
import org.migrationmptf.programming.domain.JointProgramme;

/**
 * Joint programme documents, from the invited note to approval, and the programme's standing (suspension,
 * cancellation). Approval commits the budget's total through the ledger on the approve-allocation decision, from
 * the programme's earmark pools; when they hold too little the ledger refuses and nothing changes.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class JointProgrammeService implements JointProgrammes {

    private static final String FILTERS = " where (:fund = -1 or p.fundId = :fund)"
            + " and (:status is null or p.status = :status)"
            + " and (:area is null or p.thematicArea = :area)"
            + " and (:region is null or exists (select 1 from JointProgramme q join q.countries c"
            + " where q = p and c.region = :region))"
            + " and (:organisation = -1 or :organisation member of p.organisationIds)"
            // What the caller may see: everything, all but drafts, its organisation's, or approved ones.
            + " and (:all = true or (:allButDrafts = true and p.status <> org.migrationmptf.programming.api.ProgrammeStatus.DRAFT)"
            + " or :own member of p.organisationIds or (:approved = true and p.status in :approvedStatuses))";

    @PersistenceContext
    EntityManager em;

    @Inject
    FundAdministration funds;

    @Inject
    FundMoney fundMoney;

    @Inject
    NoteLookup notes;

    @Inject
    ProgrammeLookup lookup;

    @Inject
    EarmarkPools pools;

    @Inject
    Participation participation;

    @Override
    public Page<ProgrammeSummary> programmes(ProgrammeFilter filter, PageRequest page) {
        Page<JointProgramme> rows = Page.ofCounted(bind(em.createQuery("select p, count(*) over () from JointProgramme p"
                + FILTERS + " order by p.id desc", Object[].class), filter)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                () -> bind(em.createQuery("select count(p) from JointProgramme p" + FILTERS, Long.class), filter)
                        .getSingleResult());
        List<ProgrammeSummary> summaries = lookup.summaries(rows.items());
        return Page.of(summaries, page, rows.totalItems());
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, ProgrammeFilter f) {
        boolean all = participation.hasRole(Roles.FUND_MANAGER) || participation.hasRole(Roles.AUDITOR);
        boolean allButDrafts = participation.hasRole(Roles.SC_MEMBER) || participation.hasRole(Roles.ADMIN_AGENT);
        long own = participation.ownOrganisation().map(o -> o.id()).orElse(-1L);
        long fund = f.fund() == null || f.fund().isBlank() ? -1 : funds.fund(f.fund().strip()).id();
        long organisation = f.organisation() == null || f.organisation().isBlank() ? -1
                : participation.organisationId(f.organisation(), "organisation");
        return query.setParameter("fund", fund).setParameter("status", f.status())
                .setParameter("area", f.thematicArea())
                .setParameter("region", f.region() == null || f.region().isBlank() ? null : f.region().strip())
                .setParameter("organisation", organisation).setParameter("all", all)
                .setParameter("allButDrafts", allButDrafts).setParameter("own", own)
                .setParameter("approved", participation.hasRole(Roles.CONTRIBUTOR))
                .setParameter("approvedStatuses", ProgrammeLookup.APPROVED_ONWARDS);
    }

    @Override
    public List<ProgrammeSummary> approvedProgrammes(String fundCode) {
        FundView fund = funds.fund(fundCode);
        List<JointProgramme> rows = bind(em.createQuery("select p from JointProgramme p" + FILTERS
                + " and p.status in :approvedStatuses order by p.id", JointProgramme.class),
                new ProgrammeFilter(fund.code(), null, null, null, null)).getResultList();
        return lookup.summaries(rows);
    }

    @Override
    public List<ProgrammeSummary> approvedProgrammes(String fundCode, java.util.Set<ProgrammeStatus> statuses) {
        return approved(fundCode, statuses, null);
    }

    @Override
    public List<ProgrammeSummary> approvedProgrammes(String fundCode, java.util.Set<ProgrammeStatus> statuses,
                                                     long programmeId) {
        return approved(fundCode, statuses, programmeId);
    }

    private List<ProgrammeSummary> approved(String fundCode, java.util.Set<ProgrammeStatus> statuses, Long programmeId) {
        FundView fund = funds.fund(fundCode);
        java.util.Set<ProgrammeStatus> wanted = new java.util.HashSet<>(statuses);
        wanted.retainAll(ProgrammeLookup.APPROVED_ONWARDS);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<JointProgramme> rows = bind(em.createQuery("select p from JointProgramme p" + FILTERS
                        + " and p.status in :approvedStatuses and p.status in :wanted"
                        + " and (:programme = -1 or p.id = :programme) order by p.id", JointProgramme.class),
                new ProgrammeFilter(fund.code(), null, null, null, null)).setParameter("wanted", wanted)
                .setParameter("programme", programmeId == null ? -1L : programmeId).getResultList();
        return lookup.summaries(rows);
    }

    @Override
    public ProgrammeView programme(long id) {
        return lookup.view(lookup.visible(id));
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ProgrammeView draft(ProgrammeRequest r) {
        ConceptNote note = notes.visible(r.conceptNoteId());
        if (!participation.isFocalPointOf(note.getLeadOrganisationId())) {
            throw new org.migrationmptf.platform.problem.AccessDeniedException(
                    "The lead organisation of the concept note drafts its programme document");
        }
        long existing = em.createQuery("select count(p) from JointProgramme p where p.conceptNote = :note", Long.class)
                .setParameter("note", note).getSingleResult();
        if (existing > 0) {
            throw new ConflictException("conceptNoteId", "Concept note " + note.getId()
                    + " already has its programme document");
        }
        JointProgramme programme = new JointProgramme(note, r.title(), r.startsOn(), r.endsOn(),
                pools.countries(r.countries() == null || r.countries().isEmpty() ? note.content().countries()
                        : r.countries()));
        em.persist(programme);
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ProgrammeView edit(long id, ProgrammeRequest r) {
        JointProgramme programme = lookup.led(id);
        if (!programme.getConceptNote().getId().equals(r.conceptNoteId())) {
            throw new BusinessRuleException("conceptNoteId", "A programme stays with the concept note it came from");
        }
        programme.describe(r.title(), r.startsOn(), r.endsOn(), pools.countries(
                r.countries() == null || r.countries().isEmpty() ? programme.countryCodes() : r.countries()));
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ProgrammeView setBudget(long id, BudgetRequest r) {
        JointProgramme programme = lookup.led(id);
        Budget budget = lookup.budget(r.lines());
        List<String> problems = lookup.problems(programme, budget, funds.fundById(programme.getFundId()));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("lines", String.join("; ", problems));
        }
        programme.setBudget(budget);
        em.flush();
        return lookup.view(programme);
    }

    @Override
    public BudgetView checkBudget(long id, BudgetRequest r) {
        JointProgramme programme = lookup.visible(id);
        return lookup.budgetView(programme, lookup.budget(r.lines()), funds.fundById(programme.getFundId()));
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ProgrammeView submit(long id) {
        JointProgramme programme = lookup.led(id);
        programme.submit(lookup.problems(programme, programme.budget(), funds.fundById(programme.getFundId())));
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView returnToDraft(long id, RefusalRequest r) {
        JointProgramme programme = lookup.visible(id);
        programme.returnToDraft();
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView approve(long id, DecisionReference r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        FundView fund = funds.fundById(programme.getFundId());
        if (programme.getStatus() != ProgrammeStatus.SUBMITTED) {
            programme.approve(r.decisionId()); // refuses with the programme's status in words
        }
        BigDecimal total = programme.budget().total();
        List<String> drawFrom = pools.pools(programme.getThematicArea(), programme.countryCodes());
        fundMoney.commit(fund.code(), new CommitmentRequest(programme.getId(), r.decisionId(),
                new MoneyInput(total, programme.getCurrency()), drawFrom),
                "programme-approval:" + programme.getId() + ":" + r.decisionId());
        programme.approve(r.decisionId());
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView suspend(long id, StatusChangeRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        programme.suspend();
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView resume(long id, StatusChangeRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        programme.resume();
        em.flush();
        return lookup.view(programme);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgrammeView cancel(long id, StatusChangeRequest r) {
        JointProgramme programme = lookup.visibleAndLocked(id);
        FundView fund = funds.fundById(programme.getFundId());
        Set<ProgrammeStatus> committed = Set.of(ProgrammeStatus.APPROVED, ProgrammeStatus.SUSPENDED);
        if (committed.contains(programme.getStatus())) {
            ProgrammeMoney money = fundMoney.programmeMoney(fund.code(), id);
            if (new BigDecimal(money.transferred().amount()).signum() > 0) {
                throw new ConflictException("Programme " + id + " has received " + money.transferred().amount() + " "
                        + money.transferred().currency() + ": it is closed, not cancelled");
            }
            BigDecimal outstanding = new BigDecimal(money.outstandingCommitment().amount());
            if (outstanding.signum() > 0) {
                fundMoney.release(fund.code(), new ReleaseRequest(id, null, new MoneyInput(outstanding,
                        programme.getCurrency()), "programme cancelled: " + r.reason()), "programme-cancel:" + id);
            }
        }
        programme.cancel();
        em.flush();
        return lookup.view(programme);
    }
}
