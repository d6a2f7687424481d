package org.migrationmptf.monitoring.service;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.monitoring.api.Disaggregation;
import org.migrationmptf.monitoring.api.ExpenditureReportView;
import org.migrationmptf.monitoring.api.ProgressReportView;
import org.migrationmptf.monitoring.api.ReportStatus;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.monitoring.domain.ExpenditureReport;
import org.migrationmptf.monitoring.domain.Indicator;
import org.migrationmptf.monitoring.domain.ProgressReport;
import org.migrationmptf.monitoring.domain.Result;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;

/** Views of results frameworks and reports, built with a bounded number of queries per programme. */
final class ResultsViews {

    private ResultsViews() {
    }

    static ResultsFrameworkView framework(EntityManager em, long programmeId) {
        return frameworks(em, List.of(programmeId)).get(programmeId);
    }

    /**
     * The results frameworks of programmes, one per programme asked (empty where none is set), in the same few
     * statements however many programmes: their results, their indicators (whose sets come in batches) and the latest
     * accepted actuals.
     */
    static Map<Long, ResultsFrameworkView> frameworks(EntityManager em, Collection<Long> programmeIds) {
        Map<Long, ResultsFrameworkView> frameworks = new LinkedHashMap<>();
        if (programmeIds.isEmpty()) {
            return frameworks;
        }
        List<Result> results = em.createQuery("select r from Result r where r.programmeId in :ps"
                + " order by r.sortOrder, r.id", Result.class).setParameter("ps", programmeIds).getResultList();
        List<Indicator> indicators = em.createQuery("select i from Indicator i where i.programmeId in :ps"
                + " order by i.sortOrder, i.id", Indicator.class).setParameter("ps", programmeIds).getResultList();
        // The latest accepted actual (total) of each indicator: rows come newest period first, the first one wins.
        Map<Long, String[]> latest = new HashMap<>();
        for (Object[] row : em.createQuery("select a.indicatorId, a.value, a.text, r.period from ProgressReport r"
                        + " join r.actuals a where r.programmeId in :ps and r.status = :accepted"
                        + " and a.disaggregation = :total order by r.periodEnd desc", Object[].class)
                .setParameter("ps", programmeIds).setParameter("accepted", ReportStatus.ACCEPTED)
                .setParameter("total", Disaggregation.TOTAL).getResultList()) {
            latest.putIfAbsent((Long) row[0], new String[] {row[1] == null ? (String) row[2]
                    : plain((BigDecimal) row[1]), (String) row[3]});
        }
        Map<Long, List<ResultsFrameworkView.Indicator>> byResult = new HashMap<>();
        for (Indicator i : indicators) {
            String[] actual = latest.get(i.getId());
            byResult.computeIfAbsent(i.getResult().getId(), k -> new ArrayList<>()).add(new ResultsFrameworkView.Indicator(
                    i.getId(), i.getCode(), i.getTitle(), i.getUnit(), i.getMeasure(),
                    i.getBaselineValue() == null ? i.getBaselineText() : plain(i.getBaselineValue()), i.getBaselineYear(),
                    i.getTargetValue() == null ? i.getTargetText() : plain(i.getTargetValue()), i.getDisaggregations(),
                    i.getObjectives(), i.getSdgIndicators(), actual == null ? null : actual[0],
                    actual == null ? null : actual[1]));
        }
        Map<Long, List<ResultsFrameworkView.Result>> outputs = new HashMap<>();
        results.stream().filter(r -> r.getParent() != null).sorted(Comparator.comparingInt(Result::getSortOrder))
                .forEach(r -> outputs.computeIfAbsent(r.getParent().getId(), k -> new ArrayList<>())
                        .add(new ResultsFrameworkView.Result(r.getId(), r.getLevel(), r.getCode(), r.getStatement(),
                                List.of(), byResult.getOrDefault(r.getId(), List.of()))));
        Map<Long, List<ResultsFrameworkView.Result>> outcomes = new HashMap<>();
        results.stream().filter(r -> r.getParent() == null)
                .forEach(r -> outcomes.computeIfAbsent(r.getProgrammeId(), k -> new ArrayList<>())
                        .add(new ResultsFrameworkView.Result(r.getId(), r.getLevel(), r.getCode(), r.getStatement(),
                                outputs.getOrDefault(r.getId(), List.of()), byResult.getOrDefault(r.getId(), List.of()))));
        programmeIds.forEach(id -> frameworks.put(id, new ResultsFrameworkView(id,
                List.copyOf(outcomes.getOrDefault(id, List.of())))));
        return frameworks;
    }

    static ProgressReportView progress(ProgressReport r, Map<Long, String> indicatorCodes, Map<Long, String> acronyms) {
        List<ProgressReportView.Actual> actuals = r.getActuals().stream()
                .map(a -> new ProgressReportView.Actual(indicatorCodes.getOrDefault(a.indicatorId(),
                        String.valueOf(a.indicatorId())), a.disaggregation(), a.value() == null ? null : plain(a.value()),
                        a.text()))
                .sorted(Comparator.comparing(ProgressReportView.Actual::indicator)
                        .thenComparing(ProgressReportView.Actual::disaggregation))
                .toList();
        return new ProgressReportView(r.getId(), r.getProgrammeId(), acronyms.get(r.getOrganisationId()), r.getPeriod(),
                r.getPeriodStart(), r.getPeriodEnd(), r.getDueOn(), r.getStatus(), r.getNarrative(), actuals,
                r.getSubmittedBy(), r.getSubmittedAt(), r.getReviewedBy(), r.getReviewedAt(), r.getReviewComment(),
                r.getVersion());
    }

    static ExpenditureReportView expenditure(ExpenditureReport r, Map<Long, String> acronyms, String currency) {
        java.util.Currency money = Money.currency(currency);
        Map<String, MoneyView> categories = new LinkedHashMap<>();
        r.getLines().forEach((category, amount) -> categories.put(category, MoneyView.of(Money.of(amount, money)
                .roundedToMinorUnits())));
        return new ExpenditureReportView(r.getId(), r.getProgrammeId(), acronyms.get(r.getOrganisationId()), r.getYear(),
                r.isLast(), categories, MoneyView.of(Money.of(r.getTotal(), money).roundedToMinorUnits()), r.getDueOn(),
                r.getStatus(), r.getSubmittedBy(), r.getSubmittedAt(), r.getReviewedBy(), r.getReviewedAt(),
                r.getReviewComment(), r.getVersion());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
