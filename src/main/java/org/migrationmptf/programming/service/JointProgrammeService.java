package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
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
import org.migrationmptf.platform.persistence.Where;
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
import org.migrationmptf.platform.persistence.ReadOnlyLists;
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
        Where where = where(filter);
        List<ProgrammeLookup.Row> rows = where.bind(em.createQuery(ProgrammeLookup.ROWS + where.clause()
                + " order by p.id desc", ProgrammeLookup.Row.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = where.bind(em.createQuery("select count(p) from JointProgramme p" + where.clause(), Long.class))
                .getSingleResult();
        return Page.of(lookup.summaries(rows), page, total);
    }

    /** The filters the caller gave, and what the caller may see. */
    private Where where(ProgrammeFilter f) {
        Where where = new Where();
        if (f.fund() != null && !f.fund().isBlank()) {
            where.and("p.fundId = :fund", "fund", funds.fundId(f.fund().strip()));
        }
        if (f.status() != null) {
            where.and("p.status = :status", "status", f.status());
        }
        if (f.thematicArea() != null) {
            where.and("p.thematicArea = :area", "area", f.thematicArea());
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.and("exists (select 1 from JointProgramme q join q.countries c where q = p and c.region = :region)",
                    "region", f.region().strip());
        }
        if (f.organisation() != null && !f.organisation().isBlank()) {
            where.and(":organisation member of p.organisationIds",
                    "organisation", participation.organisationId(f.organisation(), "organisation"));
        }
        return visible(where);
    }

    /** What the caller may see: everything, all but drafts, its organisation's, or approved ones. */
    private Where visible(Where where) {
        if (participation.hasRole(Roles.FUND_MANAGER) || participation.hasRole(Roles.AUDITOR)) {
            return where;
        }
        List<String> may = new java.util.ArrayList<>();
        List<Object> parameters = new java.util.ArrayList<>();
        if (participation.hasRole(Roles.SC_MEMBER) || participation.hasRole(Roles.ADMIN_AGENT)) {
            may.add("p.status <> org.migrationmptf.programming.api.ProgrammeStatus.DRAFT");
        }
        participation.ownOrganisation().ifPresent(own -> {
            may.add(":own member of p.organisationIds");
            parameters.addAll(List.of("own", own.id()));
        });
        if (participation.hasRole(Roles.CONTRIBUTOR)) {
            may.add("p.status in :approvedStatuses");
            parameters.addAll(List.of("approvedStatuses", ProgrammeLookup.APPROVED_ONWARDS));
        }
        return where.and(may.isEmpty() ? "p.id < 0" : "(" + String.join(" or ", may) + ")", parameters.toArray());
    }

    @Override
    public List<ProgrammeSummary> approvedProgrammes(String fundCode) {
        return approved(fundCode, ProgrammeLookup.APPROVED_ONWARDS, null);
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
        java.util.Set<ProgrammeStatus> wanted = new java.util.HashSet<>(statuses);
        wanted.retainAll(ProgrammeLookup.APPROVED_ONWARDS);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Where where = where(new ProgrammeFilter(fundCode, null, null, null, null)).and("p.status in :wanted", "wanted", wanted);
        if (programmeId != null) {
            where.and("p.id = :programme", "programme", programmeId);
        }
        return lookup.summaries(where.bind(em.createQuery(ProgrammeLookup.ROWS + where.clause()
                + " order by p.id", ProgrammeLookup.Row.class)).getResultList());
    }

    @Override
    public ProgrammeView programme(long id) {
        return lookup.view(lookup.visibleForView(id));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public List<ProgrammeView> programmes(List<Long> ids) {
        // Hundreds of programmes with their sets: flushed, Hibernate would walk all of them before every later query
        // (the money, the expenditure) and at commit, which cost more than the statements saved (README "Performance").
        ReadOnlyLists.inThisTransaction(em);
        return lookup.views(lookup.visibleForViews(ids));
    }

    @Override
    public java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids) {
        return lookup.visibleForViews(List.copyOf(ids)).stream().map(JointProgramme::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void requireVisible(long id) {
        lookup.visible(id);
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
