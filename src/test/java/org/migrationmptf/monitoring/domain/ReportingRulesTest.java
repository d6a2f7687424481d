package org.migrationmptf.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationmptf.monitoring.api.Disaggregation;
import org.migrationmptf.monitoring.api.Measure;
import org.migrationmptf.monitoring.api.NarrativeSection;
import org.migrationmptf.monitoring.api.ReportStatus;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;

/** The reporting rules: periods and due dates, overdue, actual values that fit their indicator, reviews, expenditure within what was received. */
class ReportingRulesTest {

    private static final MonthDay PROGRESS_DUE = MonthDay.of(3, 31);
    private static final MonthDay EXPENDITURE_DUE = MonthDay.of(4, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void annualProgressPeriodsAreCutToTheProgrammeAndDueOnTheFundsDateOfTheNextYear() {
        List<ReportingPeriod> periods = ReportingPeriod.progress(LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30),
                false, PROGRESS_DUE, TODAY);
        assertEquals(List.of("2024", "2025", "2026"), periods.stream().map(ReportingPeriod::label).toList(),
                "2027 has not begun");
        assertEquals(LocalDate.of(2024, 7, 1), periods.get(0).start());
        assertEquals(LocalDate.of(2025, 3, 31), periods.get(0).dueOn());
        assertEquals(LocalDate.of(2027, 3, 31), periods.get(2).dueOn());
    }

    @Test
    void semiAnnualReportingHasTwoPeriodsAYear() {
        List<ReportingPeriod> periods = ReportingPeriod.progress(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                true, PROGRESS_DUE, TODAY);
        assertEquals(List.of("2026-H1", "2026-H2"), periods.stream().map(ReportingPeriod::label).toList());
        assertEquals(LocalDate.of(2026, 8, 31), periods.get(0).dueOn());
        assertEquals(LocalDate.of(2027, 3, 31), periods.get(1).dueOn());
    }

    @Test
    void aReportIsOverdueTheDayAfterItsDueDate() {
        ReportingPeriod period = ReportingPeriod.expenditure(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                EXPENDITURE_DUE, TODAY).get(0);
        assertEquals(LocalDate.of(2026, 4, 30), period.dueOn());
        assertFalse(period.isOverdue(LocalDate.of(2026, 4, 30)));
        assertTrue(period.isOverdue(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aPeriodThatIsNotTheProgrammesIsRefusedNamingThePeriodsItHas() {
        List<ReportingPeriod> periods = ReportingPeriod.expenditure(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                EXPENDITURE_DUE, TODAY);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> ReportingPeriod.named(periods, "2027", "year"));
        assertTrue(refused.getMessage().contains("[2025, 2026]"), refused.getMessage());
    }

    private static Indicator indicator(Measure measure, Set<Disaggregation> dimensions) {
        Indicator indicator = new Indicator(Result.outcome(7, "O1", "Fair recruitment", 0), "I1", "Workers placed",
                "people", measure, 0);
        indicator.tag(dimensions, Set.of(6), Set.of("10.7.1"));
        return indicator;
    }

    @Test
    void anActualValueMustFitItsIndicator() {
        Indicator number = indicator(Measure.NUMBER, Set.of(Disaggregation.SEX));
        number.checkActual("TOTAL", BigDecimal.TEN, null, "a");
        number.checkActual("SEX:FEMALE", BigDecimal.ONE, null, "a");
        assertEquals("a.disaggregation", assertThrows(BusinessRuleException.class,
                () -> number.checkActual("AGE_GROUP:CHILD", BigDecimal.ONE, null, "a")).field());
        assertEquals("a.disaggregation", assertThrows(BusinessRuleException.class,
                () -> number.checkActual("SEX:ALIEN", BigDecimal.ONE, null, "a")).field());
        assertEquals("a.value", assertThrows(BusinessRuleException.class,
                () -> number.checkActual("TOTAL", null, "many", "a")).field());
        Indicator share = indicator(Measure.PERCENTAGE, Set.of());
        share.checkActual("TOTAL", new BigDecimal("100"), null, "a");
        assertThrows(BusinessRuleException.class, () -> share.checkActual("TOTAL", new BigDecimal("100.01"), null, "a"));
        Indicator words = indicator(Measure.QUALITATIVE, Set.of());
        words.checkActual("TOTAL", null, "Regular dialogue", "a");
        assertEquals("a.text", assertThrows(BusinessRuleException.class,
                () -> words.checkActual("TOTAL", null, " ", "a")).field());
    }

    @Test
    void aQualitativeIndicatorHasNoNumbersAndANumericOneNeedsATarget() {
        assertThrows(BusinessRuleException.class, () -> indicator(Measure.QUALITATIVE, Set.of())
                .measureFrom(BigDecimal.ONE, null, 2025, null, "More", "i"));
        assertEquals("i.target", assertThrows(BusinessRuleException.class, () -> indicator(Measure.NUMBER, Set.of())
                .measureFrom(BigDecimal.ONE, null, 2025, null, null, "i")).field());
    }

    private static ProgressReport submitted() {
        ProgressReport report = new ProgressReport(1, 7, new ReportingPeriod("2025", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31)));
        report.submit(3, Map.of(NarrativeSection.SUMMARY, "A year"), List.of(), "iom", Instant.EPOCH);
        return report;
    }

    @Test
    void aReturnedReportSaysWhyAndIsSubmittedAgainAnAcceptedOneNeverChanges() {
        ProgressReport report = submitted();
        assertThrows(ConflictException.class, () -> report.submit(3, Map.of(NarrativeSection.SUMMARY, "again"),
                List.of(), "iom", Instant.EPOCH), "waiting for review");
        assertEquals("comment", assertThrows(BusinessRuleException.class,
                () -> report.review(false, " ", "fmu", Instant.EPOCH)).field());
        report.review(false, "Add the lessons", "fmu", Instant.EPOCH);
        assertEquals(ReportStatus.RETURNED, report.getStatus());
        report.submit(4, Map.of(NarrativeSection.SUMMARY, "A year", NarrativeSection.LESSONS, "Lessons"), List.of(),
                "unicef", Instant.EPOCH);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        report.review(true, null, "fmu", Instant.EPOCH);
        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertThrows(ConflictException.class, () -> report.review(true, null, "fmu", Instant.EPOCH));
        assertThrows(ConflictException.class, () -> report.submit(4, Map.of(NarrativeSection.SUMMARY, "x"), List.of(),
                "unicef", Instant.EPOCH));
    }

    @Test
    void expenditureBeyondWhatTheOrganisationHoldsIsRefusedAndNothingChanges() {
        ExpenditureReport report = new ExpenditureReport(1, 7, 3, new ReportingPeriod("2025", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 30)));
        ConflictException refused = assertThrows(ConflictException.class, () -> report.submit(
                Map.of("1", new BigDecimal("1000.00"), "ISC", new BigDecimal("70.01")), false,
                new BigDecimal("1070.00"), "iom", Instant.EPOCH));
        assertTrue(refused.getMessage().contains("1070.01") && refused.getMessage().contains("1070.00"),
                refused.getMessage());
        assertEquals(0, report.getTotal().signum());
        report.submit(Map.of("1", new BigDecimal("1000.00"), "ISC", new BigDecimal("70.00")), true,
                new BigDecimal("1070.00"), "iom", Instant.EPOCH);
        assertEquals(new BigDecimal("1070.00"), report.getTotal());
        assertTrue(report.isLast());
        assertEquals(2025, report.getYear());
    }
}
