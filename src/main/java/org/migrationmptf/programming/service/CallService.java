package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.persistence.ReadOnlyLists;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.CallRequest;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.CallView;
import org.migrationmptf.programming.api.CallsForNotes;
import org.migrationmptf.programming.api.Scope;
import org.migrationmptf.programming.domain.CallForNotes;

/**
 * Calls for concept notes: the FMU drafts, opens and closes them; every role reads them once opened. A draft is the
 * FMU's work in progress: the committee and auditors see it too, no one else (a draft call is "not found" for them).
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class CallService implements CallsForNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    FundAdministration funds;

    @Inject
    CurrentUser currentUser;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public Page<CallView> calls(String fundCode, CallStatus status, PageRequest page) {
        ReadOnlyLists.inThisTransaction(em);
        FundView fund = funds.fund(fundCode);
        CallStatus hidden = seesDrafts() ? null : CallStatus.DRAFT;
        Page<CallForNotes> rows = Page.ofCounted(em.createQuery("select c, count(*) over () from CallForNotes c"
                        + " where c.fundId = :fund and (:status is null or c.status = :status)"
                        + " and (:hidden is null or c.status <> :hidden) order by c.opensOn desc, c.id desc", Object[].class)
                .setParameter("fund", fund.id()).setParameter("status", status).setParameter("hidden", hidden)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                () -> em.createNamedQuery("CallForNotes.countByFund", Long.class)
                        .setParameter("fund", fund.id()).setParameter("status", status).setParameter("hidden", hidden)
                        .getSingleResult());
        // The calls' scopes and thematic areas in one statement, instead of one per set.
        Map<Long, Set<Scope>> scopes = new HashMap<>();
        Map<Long, Set<Integer>> areas = new HashMap<>();
        if (!rows.items().isEmpty()) {
            for (Object row : em.createNativeQuery("select call_id, scope, cast(null as integer) from programming.call_scope"
                            + " where call_id in (:ids) union all select call_id, cast(null as varchar(10)), area_number"
                            + " from programming.call_thematic_area where call_id in (:ids)")
                    .setParameter("ids", rows.items().stream().map(CallForNotes::getId).toList()).getResultList()) {
                Object[] r = (Object[]) row;
                long call = ((Number) r[0]).longValue();
                if (r[1] != null) {
                    scopes.computeIfAbsent(call, k -> EnumSet.noneOf(Scope.class)).add(Scope.valueOf(r[1].toString().strip()));
                } else {
                    areas.computeIfAbsent(call, k -> new TreeSet<>()).add(((Number) r[2]).intValue());
                }
            }
        }
        return rows.map(c -> view(c, fund, scopes.getOrDefault(c.getId(), Set.of()), areas.getOrDefault(c.getId(), Set.of())));
    }

    @Override
    public CallView call(String fundCode, long id) {
        FundView fund = funds.fund(fundCode);
        CallForNotes call = find(fund, id);
        if (call.getStatus() == CallStatus.DRAFT && !seesDrafts()) {
            throw new RecordNotFoundException("callId", "Fund " + fund.code() + " has no call " + id);
        }
        return view(call, fund);
    }

    /** The FMU, the Steering Committee and auditors see calls the FMU has not opened yet. */
    private boolean seesDrafts() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER)
                || currentUser.hasRole(Roles.AUDITOR);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CallView create(String fundCode, CallRequest r) {
        FundView fund = funds.fund(fundCode);
        Set<Integer> areas = r.thematicAreas() == null ? Set.of() : new HashSet<>(r.thematicAreas());
        Set<Integer> known = new HashSet<>(funds.thematicAreas(fundCode).stream().map(ThematicAreaView::number).toList());
        if (!known.containsAll(areas)) {
            throw new BusinessRuleException("thematicAreas", "Fund " + fund.code() + " has the thematic areas " + known);
        }
        BigDecimal ceiling = new BigDecimal(fund.conceptNoteBudgetCeiling().amount());
        if (r.budgetCeiling() != null) {
            if (!fund.reportingCurrency().equals(r.budgetCeiling().currency())) {
                throw new BusinessRuleException("budgetCeiling.currency", "A call's ceiling is in " + fund.reportingCurrency());
            }
            ceiling = r.budgetCeiling().amount();
        }
        int duration = r.maxDurationMonths() == null ? fund.conceptNoteMaxDurationMonths() : r.maxDurationMonths();
        CallForNotes call = new CallForNotes(fund.id(), r.title(), r.opensOn(), r.closesOn(), ceiling, duration,
                r.scopes(), areas);
        em.persist(call);
        em.flush();
        return view(call, fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CallView open(String fundCode, long id) {
        FundView fund = funds.fund(fundCode);
        CallForNotes call = find(fund, id);
        call.open();
        em.flush();
        return view(call, fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CallView close(String fundCode, long id) {
        FundView fund = funds.fund(fundCode);
        CallForNotes call = find(fund, id);
        call.close();
        em.flush();
        return view(call, fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CallView decide(String fundCode, long id) {
        FundView fund = funds.fund(fundCode);
        CallForNotes call = find(fund, id);
        call.decide(em.createQuery("select count(n) from ConceptNote n where n.call = :call and n.status = "
                        + "org.migrationmptf.programming.api.NoteStatus.UNDER_REVIEW", Long.class)
                .setParameter("call", call).getSingleResult());
        em.flush();
        return view(call, fund);
    }

    private CallForNotes find(FundView fund, long id) {
        CallForNotes call = em.find(CallForNotes.class, id);
        if (call == null || call.getFundId() != fund.id()) {
            throw new RecordNotFoundException("callId", "Fund " + fund.code() + " has no call " + id);
        }
        return call;
    }

    static CallView view(CallForNotes c, FundView fund) {
        return view(c, fund, c.getScopes(), c.getThematicAreas());
    }

    private static CallView view(CallForNotes c, FundView fund, Set<Scope> scopes, Set<Integer> areas) {
        return new CallView(c.getId(), fund.code(), c.getTitle(), c.getOpensOn(), c.getClosesOn(), c.getStatus(),
                Set.copyOf(scopes), Set.copyOf(areas),
                MoneyView.of(Money.of(c.getBudgetCeiling(), Money.currency(fund.reportingCurrency()))),
                c.getMaxDurationMonths(), c.getVersion());
    }
}
