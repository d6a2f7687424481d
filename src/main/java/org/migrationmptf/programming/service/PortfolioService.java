package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.Allocation;
import org.migrationmptf.programming.api.AllocationGrouping;
import org.migrationmptf.programming.api.MarkerScore;
import org.migrationmptf.programming.api.ObjectiveCoverage;
import org.migrationmptf.programming.api.PortfolioSummary;
import org.migrationmptf.programming.api.ProgrammePortfolio;
import org.migrationmptf.programming.api.ProgrammeStatus;

/**
 * The portfolio in figures. Each figure is one {@code group by} over programming's tables, so a dashboard costs the
 * same few statements for three programmes as for three thousand. The money of a programme is its approved total
 * (kept on the programme at approval and at each approved budget revision); by organisation, its budget lines.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class PortfolioService implements ProgrammePortfolio {

    /** Programmes the committee approved and that were not cancelled, as native SQL filters by them. */
    static final List<String> ALLOCATED = ProgrammeLookup.APPROVED_ONWARDS.stream().map(ProgrammeStatus::name).sorted()
            .toList();

    private static final String APPROVED = " from programming.joint_programme p"
            + " %s where p.fund_id = :fund and p.status in (:statuses)";

    static final List<String> MARKERS = List.of("GENDER", "HUMAN_RIGHTS", "CHILD_SENSITIVITY");

    @PersistenceContext
    EntityManager em;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    Participation participation;

    @Override
    public List<Allocation> allocations(String fundCode, AllocationGrouping by) {
        FundView fund = funds.fund(fundCode);
        return allocations(fund, by, by == AllocationGrouping.THEMATIC_AREA ? funds.thematicAreas(fund.code()) : List.of());
    }

    @Override
    public PortfolioSummary summary(String fundCode) {
        FundView fund = funds.fund(fundCode);
        List<ThematicAreaView> areas = funds.thematicAreas(fund.code());
        return new PortfolioSummary(allocations(fund, AllocationGrouping.THEMATIC_AREA, areas),
                allocations(fund, AllocationGrouping.REGION, areas), allocations(fund, AllocationGrouping.ORGANISATION, areas),
                allocations(fund, AllocationGrouping.SCOPE, areas), allocations(fund, AllocationGrouping.STATUS, areas),
                allocations(fund, AllocationGrouping.PROGRAMME, areas), markerScores(fund), objectiveCoverage(fund, areas));
    }

    private List<Allocation> allocations(FundView fund, AllocationGrouping by, List<ThematicAreaView> areas) {
        Currency currency = Money.currency(fund.reportingCurrency());
        String sql = switch (by) {
            case THEMATIC_AREA -> "select p.thematic_area, count(*), sum(p.approved_total)" + approved("")
                    + " group by p.thematic_area";
            case SCOPE -> "select p.scope, count(*), sum(p.approved_total)" + approved("") + " group by p.scope";
            case STATUS -> "select p.status, count(*), sum(p.approved_total)" + approved("") + " group by p.status";
            case REGION -> "select coalesce(r.region, ''), count(*), sum(p.approved_total)" + approved(
                    "left join (select distinct c.programme_id, c.region from programming.programme_country c"
                            + " where c.region is not null) r on r.programme_id = p.id")
                    + " group by coalesce(r.region, '')";
            case ORGANISATION -> "select b.organisation_id, count(distinct p.id), sum(b.amount)" + approved(
                    "join programming.budget_line b on b.programme_id = p.id") + " group by b.organisation_id";
            case PROGRAMME -> "select p.id, p.title, p.approved_total" + approved("");
        };
        Map<String, String> labels = new HashMap<>();
        if (by == AllocationGrouping.THEMATIC_AREA) {
            areas.forEach(a -> labels.put(Integer.toString(a.number()), a.name()));
        }
        List<Allocation> allocations = new ArrayList<>();
        for (Object[] row : rows(sql, fund)) {
            if (by == AllocationGrouping.PROGRAMME) {
                allocations.add(new Allocation(row[0].toString(), (String) row[1], 1, money(row[2], currency)));
            } else {
                String key = by == AllocationGrouping.ORGANISATION
                        ? participation.acronym(((Number) row[0]).longValue()) : row[0].toString().strip();
                allocations.add(new Allocation(key, labels.getOrDefault(key, key), ((Number) row[1]).longValue(),
                        money(row[2], currency)));
            }
        }
        allocations.sort(Comparator.comparing((Allocation a) -> new BigDecimal(a.amount().amount())).reversed()
                .thenComparing(Allocation::key));
        return allocations;
    }

    @Override
    public List<MarkerScore> markerScores(String fundCode) {
        return markerScores(funds.fund(fundCode));
    }

    private List<MarkerScore> markerScores(FundView fund) {
        Currency currency = Money.currency(fund.reportingCurrency());
        String join = "join programming.concept_note n on n.id = p.concept_note_id";
        // One statement: the three markers as numbered blocks of one union (no string literals, whose types the
        // two databases infer differently in a union).
        String sql = "select 0, n.gender_marker, count(*), sum(p.approved_total)" + approved(join)
                + " group by n.gender_marker"
                + " union all select 1, n.human_rights_marker, count(*), sum(p.approved_total)" + approved(join)
                + " group by n.human_rights_marker"
                + " union all select 2, n.child_marker, count(*), sum(p.approved_total)" + approved(join)
                + " group by n.child_marker";
        Map<String, Object[]> found = new HashMap<>();
        for (Object[] row : rows(sql, fund)) {
            if (row[1] != null) {
                found.put(((Number) row[0]).intValue() + "/" + ((Number) row[1]).intValue(), row);
            }
        }
        List<MarkerScore> scores = new ArrayList<>();
        for (int marker = 0; marker < MARKERS.size(); marker++) {
            for (int score = 0; score <= 3; score++) {
                Object[] row = found.get(marker + "/" + score);
                scores.add(new MarkerScore(MARKERS.get(marker), score, row == null ? 0 : ((Number) row[2]).longValue(),
                        money(row == null ? null : row[3], currency)));
            }
        }
        return scores;
    }

    @Override
    public List<ObjectiveCoverage> objectiveCoverage(String fundCode) {
        FundView fund = funds.fund(fundCode);
        return objectiveCoverage(fund, funds.thematicAreas(fund.code()));
    }

    private List<ObjectiveCoverage> objectiveCoverage(FundView fund, List<ThematicAreaView> areas) {
        Currency currency = Money.currency(fund.reportingCurrency());
        Map<Integer, Object[]> found = new HashMap<>();
        for (Object[] row : rows("select o.objective_id, count(*), sum(p.approved_total)" + approved(
                "join programming.concept_note_objective o on o.note_id = p.concept_note_id")
                + " group by o.objective_id", fund)) {
            found.put(((Number) row[0]).intValue(), row);
        }
        Map<Integer, Integer> areaOf = new HashMap<>();
        for (ThematicAreaView area : areas) {
            area.objectives().forEach(o -> areaOf.put(o, area.number()));
        }
        List<ObjectiveCoverage> coverage = new ArrayList<>();
        for (GcmObjectiveView objective : referenceData.gcmObjectives()) {
            Object[] row = found.get(objective.number());
            coverage.add(new ObjectiveCoverage(objective.number(), objective.title(),
                    areaOf.getOrDefault(objective.number(), objective.thematicArea()),
                    row == null ? 0 : ((Number) row[1]).longValue(), money(row == null ? null : row[2], currency)));
        }
        return coverage;
    }

    private static String approved(String joins) {
        return String.format(APPROVED, joins);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, FundView fund) {
        return em.createNativeQuery(sql).setParameter("fund", fund.id()).setParameter("statuses", ALLOCATED)
                .getResultList();
    }


    private static MoneyView money(Object amount, Currency currency) {
        BigDecimal value = amount == null ? BigDecimal.ZERO
                : amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        return MoneyView.of(Money.of(value, currency));
    }
}
