package org.migrationmptf.governance.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundCreated;
import org.migrationmptf.governance.api.FundParametersRequest;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.NewFundRequest;
import org.migrationmptf.governance.api.ThematicAreaRequest;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.governance.domain.FundParameters;
import org.migrationmptf.governance.domain.ObjectiveAssignment;
import org.migrationmptf.governance.domain.ThematicArea;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Funds, their parameters and thematic areas: every role reads, the Fund Management Unit changes. */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class FundService implements FundAdministration {

    @jakarta.inject.Inject
    RecordNames names;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FundCreated> fundCreated;

    @Override
    public Page<FundView> funds(PageRequest page) {
        List<Fund> funds = em.createNamedQuery("Fund.findAll", Fund.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery("Fund.count", Long.class).getSingleResult();
        return Page.of(funds, page, total).map(FundService::view);
    }

    @Override
    public FundView fund(String code) {
        // By id, through the codes kept in memory (a code never changes): a fund already read in this transaction,
        // as most requests have by the time they ask for it again by its code, costs no statement.
        return fundById(names.fundId(code));
    }

    @Override
    public long fundId(String code) {
        return names.fundId(code);
    }

    @Override
    public java.util.Map<Long, String> fundCodes(java.util.Collection<Long> ids) {
        return names.fundCodes(ids);
    }

    @Override
    public FundView fundById(long id) {
        Fund fund = em.find(Fund.class, id);
        if (fund == null) {
            throw new RecordNotFoundException("fundId", "No fund " + id);
        }
        return view(fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public FundView create(NewFundRequest request) {
        try {
            Money.currency(request.reportingCurrency());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("reportingCurrency", e.getMessage());
        }
        if (!em.createNamedQuery("Fund.findByCode", Fund.class).setParameter("code", request.code())
                .getResultList().isEmpty()) {
            throw new ConflictException("code", "A fund with the code " + request.code() + " already exists");
        }
        FundParametersRequest p = request.parameters();
        Fund fund = new Fund(request.code(), p.name().strip(), request.reportingCurrency(), parameters(p));
        em.persist(fund);
        em.flush();
        copyThematicAreas(FundLookup.byCode(em, "MIG"), fund);
        fundCreated.fire(new FundCreated(fund.getId(), fund.getCode(), fund.getReportingCurrency()));
        return view(fund);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public FundView changeParameters(String code, FundParametersRequest request) {
        Fund fund = FundLookup.byCode(em, code);
        fund.changeParameters(request.name().strip(), parameters(request));
        em.flush();
        return view(fund);
    }

    @Override
    public List<ThematicAreaView> thematicAreas(String code) {
        return ThematicAreasQuery.areas(em, FundLookup.byCode(em, code));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ThematicAreaView addThematicArea(String code, ThematicAreaRequest request) {
        Fund fund = FundLookup.byCode(em, code);
        ThematicArea area = fund.addThematicArea(request.name());
        em.persist(area);
        em.flush();
        return new ThematicAreaView(area.getNumber(), area.getName(), List.of());
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ThematicAreaView renameThematicArea(String code, int number, ThematicAreaRequest request) {
        Fund fund = FundLookup.byCode(em, code);
        if (fund.getThematicAreas().stream().anyMatch(a -> a.getNumber() != number
                && a.getName().equalsIgnoreCase(request.name().strip()))) {
            throw new BusinessRuleException("name", "This fund already has a thematic area named " + request.name());
        }
        fund.thematicArea(number).rename(request.name());
        em.flush();
        return ThematicAreasQuery.areas(em, fund).stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public List<ThematicAreaView> assignObjective(String code, int objective, int areaNumber) {
        Fund fund = FundLookup.byCode(em, code);
        ThematicArea area = fund.findThematicArea(areaNumber).orElseThrow(() -> new BusinessRuleException("area",
                "Fund " + fund.getCode() + " has no thematic area " + areaNumber));
        ObjectiveAssignment assignment = em.find(ObjectiveAssignment.class,
                new ObjectiveAssignment.Key(fund.getId(), objective));
        if (assignment == null) {
            throw new RecordNotFoundException("objective", "GCM objective " + objective + " is not in fund " + code);
        }
        assignment.moveTo(area);
        em.flush();
        return ThematicAreasQuery.areas(em, fund);
    }

    /** A new fund starts from the Migration MPTF's grouping of the 23 objectives, so each is in exactly one area. */
    private void copyThematicAreas(Fund from, Fund to) {
        for (ThematicArea source : from.getThematicAreas()) {
            em.persist(to.addThematicArea(source.getName()));
        }
        em.flush();
        for (ObjectiveAssignment a : em.createNamedQuery("ObjectiveAssignment.findByFund", ObjectiveAssignment.class)
                .setParameter("fundId", from.getId()).getResultList()) {
            em.persist(new ObjectiveAssignment(to.thematicArea(a.getArea().getNumber()), a.getObjectiveNumber()));
        }
    }

    private static FundParameters parameters(FundParametersRequest p) {
        return new FundParameters(p.administrativeAgentFeeRate(), p.indirectCostCapRate(), p.mobilisationTarget(),
                p.operatingReserve(), monthDay("expenditureReportDue", p.expenditureReportDue()),
                monthDay("progressReportDue", p.progressReportDue()), p.progressReporting(),
                p.minimumOrganisations(), p.conceptNoteBudgetCeiling(), p.conceptNoteMaxDurationMonths(),
                p.quorumPercent());
    }

    private static MonthDay monthDay(String field, String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleException(field, value + " is not a day of the year");
        }
    }

    static FundView view(Fund f) {
        FundParameters p = f.parameters();
        String currency = f.getReportingCurrency();
        return new FundView(f.getId(), f.getCode(), f.getName(), currency, rate(p.administrativeAgentFeeRate()),
                rate(p.indirectCostCapRate()), money(p.mobilisationTarget(), currency),
                money(p.operatingReserve(), currency), p.expenditureReportDue().toString().substring(2),
                p.progressReportDue().toString().substring(2), p.progressReporting(), p.minimumOrganisations(),
                money(p.conceptNoteBudgetCeiling(), currency), p.conceptNoteMaxDurationMonths(), p.quorumPercent(),
                f.getVersion());
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    private static MoneyView money(BigDecimal amount, String currency) {
        return MoneyView.of(Money.of(amount, Money.currency(currency)));
    }
}
