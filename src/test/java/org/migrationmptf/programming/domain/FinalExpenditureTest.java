package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.ENDS_ON;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.LEAD;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.activeProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.operationallyClosedProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.programmeIn;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.ProgrammeStatus;

/** An organisation's certified final expenditure: never more than it received, correctable until financial closure. */
class FinalExpenditureTest {

    private static final BigDecimal RECEIVED = new BigDecimal("64200.00");

    @Test
    void aNewFinalExpenditureIsZero() {
        FinalExpenditure expenditure = new FinalExpenditure(activeProgramme(), LEAD);
        assertEquals(LEAD, expenditure.getOrganisationId());
        assertEquals(0, expenditure.getAmount().signum());
    }

    @Test
    void spendingLessThanReceivedIsReported() {
        FinalExpenditure expenditure = new FinalExpenditure(activeProgramme(), LEAD);
        expenditure.report(new BigDecimal("60000.00"), RECEIVED);
        assertEquals(new BigDecimal("60000.00"), expenditure.getAmount());
    }

    @Test
    void spendingExactlyWhatWasReceivedIsReported() {
        FinalExpenditure expenditure = new FinalExpenditure(operationallyClosedProgramme(), LEAD);
        expenditure.report(new BigDecimal("64200"), RECEIVED);
        assertEquals(0, RECEIVED.compareTo(expenditure.getAmount()));
    }

    @Test
    void spendingMoreThanReceivedIsRefusedNamingBothAmounts() {
        FinalExpenditure expenditure = new FinalExpenditure(operationallyClosedProgramme(), LEAD);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> expenditure.report(new BigDecimal("64200.01"), RECEIVED));
        assertEquals("amount", refused.field());
        assertMentions(refused, "64200.01", "more than the 64200.00", "received");
        assertEquals(0, expenditure.getAmount().signum());
    }

    @Test
    void anOrganisationThatReceivedNothingReportsNoSpending() {
        FinalExpenditure expenditure = new FinalExpenditure(activeProgramme(), LEAD);
        assertThrows(ConflictException.class, () -> expenditure.report(new BigDecimal("0.01"), BigDecimal.ZERO));
        expenditure.report(BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(0, expenditure.getAmount().signum());
    }

    @Test
    void aReportIsCorrectedUpOrDownUntilFinancialClosure() {
        JointProgramme programme = activeProgramme();
        FinalExpenditure expenditure = new FinalExpenditure(programme, LEAD);
        expenditure.report(new BigDecimal("50000.00"), RECEIVED);
        programme.closeOperationally(ENDS_ON);
        expenditure.report(new BigDecimal("63000.00"), RECEIVED);
        assertEquals(new BigDecimal("63000.00"), expenditure.getAmount());
        expenditure.report(new BigDecimal("61000.00"), RECEIVED);
        assertEquals(new BigDecimal("61000.00"), expenditure.getAmount());
    }

    @Test
    void aRefusedCorrectionKeepsTheEarlierReport() {
        FinalExpenditure expenditure = new FinalExpenditure(activeProgramme(), LEAD);
        expenditure.report(new BigDecimal("50000.00"), RECEIVED);
        assertThrows(ConflictException.class, () -> expenditure.report(new BigDecimal("70000.00"), RECEIVED));
        assertEquals(new BigDecimal("50000.00"), expenditure.getAmount());
    }

    @Test
    void noCorrectionAfterFinancialClosure() {
        JointProgramme programme = operationallyClosedProgramme();
        FinalExpenditure expenditure = new FinalExpenditure(programme, LEAD);
        expenditure.report(new BigDecimal("50000.00"), RECEIVED);
        programme.closeFinancially(ENDS_ON.plusMonths(6));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> expenditure.report(new BigDecimal("40000.00"), RECEIVED));
        assertMentions(refused, "FINANCIALLY_CLOSED", "final expenditure");
        assertEquals(new BigDecimal("50000.00"), expenditure.getAmount());
    }

    @ParameterizedTest(name = "no final expenditure on a {0} programme")
    @EnumSource(value = ProgrammeStatus.class, names = {"ACTIVE", "OPERATIONALLY_CLOSED"}, mode = EnumSource.Mode.EXCLUDE)
    void finalExpenditureIsReportedOnlyOnceActivitiesRun(ProgrammeStatus status) {
        FinalExpenditure expenditure = new FinalExpenditure(programmeIn(status).get(), LEAD);
        assertMentions(assertThrows(ConflictException.class, () -> expenditure.report(BigDecimal.ONE, RECEIVED)),
                "The programme is " + status);
        assertEquals(0, expenditure.getAmount().signum());
    }
}
