package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.BUDGET_TOTAL;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.ENDS_ON;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.LEAD;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.MEXICO;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.OUTSIDER;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.PARTNER;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.STARTS_ON;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.activeProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.approvedProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.budget;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.draftProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.invitedNote;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.line;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.operationallyClosedProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.problems;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.programmeIn;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.submittedProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.suspendedProgramme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.Scope;

/**
 * A joint programme from its draft to financial closure, with suspension and cancellation on the side: every
 * transition allowed where the lifecycle allows it and refused, with the status in words, everywhere else.
 */
class JointProgrammeLifecycleTest {

    private static final Budget SMALLER = Budget.of(List.of(line(LEAD, "1", "90000.00"), line(LEAD, BudgetLine.INDIRECT,
            "6300.00"), line(PARTNER, "1", "50000.00")));

    private static ConflictException refusedInStatus(ProgrammeStatus status, String act,
                                                     org.junit.jupiter.api.function.Executable attempt) {
        ConflictException refused = assertThrows(ConflictException.class, attempt);
        assertMentions(refused, "The programme is " + status, "cannot be " + act);
        return refused;
    }

    // ---- the happy path --------------------------------------------------------------------------------------

    @Test
    void aProgrammeGoesFromDraftToFinancialClosure() {
        JointProgramme programme = draftProgramme();
        assertEquals(ProgrammeStatus.DRAFT, programme.getStatus());
        programme.submit(problems(programme.budget()));
        assertEquals(ProgrammeStatus.SUBMITTED, programme.getStatus());
        programme.approve(7L);
        assertEquals(ProgrammeStatus.APPROVED, programme.getStatus());
        programme.checkCanReceiveTransfer(LEAD);
        programme.transferred();
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
        programme.checkCanTakeFinalExpenditure();
        programme.closeOperationally(ENDS_ON.plusDays(1));
        assertEquals(ProgrammeStatus.OPERATIONALLY_CLOSED, programme.getStatus());
        assertEquals(ENDS_ON.plusDays(1), programme.getOperationallyClosedOn());
        programme.closeFinancially(ENDS_ON.plusMonths(8));
        assertEquals(ProgrammeStatus.FINANCIALLY_CLOSED, programme.getStatus());
        assertEquals(ENDS_ON.plusMonths(8), programme.getFinanciallyClosedOn());
    }

    @Test
    void aDraftTakesItsOrganisationsScopeAreaAndCurrencyFromTheInvitedNote() {
        ConceptNote note = invitedNote();
        JointProgramme programme = new JointProgramme(note, "  Safe pathways  ", STARTS_ON, ENDS_ON, MEXICO);
        assertEquals(ProgrammeStatus.DRAFT, programme.getStatus());
        assertEquals("Safe pathways", programme.getTitle());
        assertEquals(Set.of(LEAD, PARTNER), programme.getOrganisationIds());
        assertEquals(LEAD, programme.getLeadOrganisationId());
        assertEquals(Scope.NATIONAL, programme.getScope());
        assertEquals(4, programme.getThematicArea());
        assertEquals("USD", programme.getCurrency());
        assertEquals(Set.of("MEX"), programme.countryCodes());
        assertEquals(Set.of("Latin America and the Caribbean"), programme.regions());
        assertTrue(programme.involves(PARTNER));
        assertFalse(programme.involves(OUTSIDER));
        assertTrue(programme.budget().isEmpty());
        assertNull(programme.getApprovedTotal());
    }

    @Test
    void aDraftProgrammeEndsAfterItStarts() {
        BusinessRuleException same = assertThrows(BusinessRuleException.class,
                () -> new JointProgramme(invitedNote(), "t", STARTS_ON, STARTS_ON, MEXICO));
        assertEquals("endsOn", same.field());
        assertMentions(same, "end after it starts");
        JointProgramme programme = draftProgramme();
        assertThrows(BusinessRuleException.class, () -> programme.describe("t", STARTS_ON, STARTS_ON.minusDays(1), MEXICO));
        assertEquals(ENDS_ON, programme.getEndsOn(), "a refused change changes nothing");
    }

    @Test
    void aDraftIsDescribedAndBudgetedAgainAndAgain() {
        JointProgramme programme = draftProgramme();
        programme.describe("New title", STARTS_ON.plusMonths(1), ENDS_ON.plusMonths(1),
                List.of(new ProgrammeCountry("GTM", "Latin America and the Caribbean")));
        programme.setBudget(SMALLER);
        assertEquals("New title", programme.getTitle());
        assertEquals(ENDS_ON.plusMonths(1), programme.getEndsOn());
        assertEquals(Set.of("GTM"), programme.countryCodes());
        assertEquals(0, new BigDecimal("146300.00").compareTo(programme.budget().total()));
    }

    @Test
    void aDraftWithBudgetProblemsIsNotSubmitted() {
        JointProgramme programme = draftProgramme();
        programme.setBudget(Budget.of(List.of(line(LEAD, "1", "100.00"), line(LEAD, BudgetLine.INDIRECT, "8.00"))));
        List<String> problems = problems(programme.budget());
        assertFalse(problems.isEmpty());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> programme.submit(problems));
        assertEquals("budget", refused.field());
        assertMentions(refused, "The budget cannot be submitted", "IOM's indirect support costs, 8.00", "(7.00 at most)");
        assertEquals(ProgrammeStatus.DRAFT, programme.getStatus());
    }

    @Test
    void everyBudgetProblemIsSaidWhenSubmitting() {
        JointProgramme programme = draftProgramme();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> programme.submit(List.of("The budget has no lines", "Category 9 is not a UNSDG budget category")));
        assertMentions(refused, "The budget has no lines; Category 9 is not a UNSDG budget category");
    }

    @ParameterizedTest(name = "a {0} programme cannot be submitted")
    @MethodSource("notDraft")
    void onlyADraftIsSubmitted(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        refusedInStatus(status, "submitted", () -> programme.submit(List.of()));
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme is no longer described nor budgeted")
    @MethodSource("notDraft")
    void onlyADraftIsDescribedOrGivenABudget(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ConflictException describe = refusedInStatus(status, "changed",
                () -> programme.describe("Other", STARTS_ON, ENDS_ON.plusYears(1), MEXICO));
        assertMentions(describe, "only when DRAFT");
        refusedInStatus(status, "given a new budget", () -> programme.setBudget(SMALLER));
        assertEquals(ENDS_ON, programme.getEndsOn());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.budget().total()));
    }

    @Test
    void aSubmittedProgrammeIsReturnedToItsLeadAsADraft() {
        JointProgramme programme = submittedProgramme();
        programme.returnToDraft();
        assertEquals(ProgrammeStatus.DRAFT, programme.getStatus());
        programme.setBudget(SMALLER); // editable again
        programme.submit(problems(programme.budget()));
        assertEquals(ProgrammeStatus.SUBMITTED, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme cannot be returned to its lead")
    @MethodSource("notSubmitted")
    void onlyASubmittedProgrammeIsReturnedToDraft(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        refusedInStatus(status, "returned to its lead", programme::returnToDraft);
        assertEquals(status, programme.getStatus());
    }

    @Test
    void approvalRecordsTheDecisionAndCommitsTheBudgetTotal() {
        JointProgramme programme = submittedProgramme();
        assertNull(programme.getApprovedTotal());
        programme.approve(77L);
        assertEquals(ProgrammeStatus.APPROVED, programme.getStatus());
        assertEquals(77L, programme.getApprovalDecisionId());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()));
    }

    @ParameterizedTest(name = "a {0} programme cannot be approved")
    @MethodSource("notSubmitted")
    void onlyASubmittedProgrammeIsApproved(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        Long decisionBefore = programme.getApprovalDecisionId();
        ConflictException refused = refusedInStatus(status, "approved", () -> programme.approve(78L));
        assertMentions(refused, "only when SUBMITTED");
        assertEquals(decisionBefore, programme.getApprovalDecisionId());
    }

    // ---- transfers -------------------------------------------------------------------------------------------

    @Test
    void anApprovedProgrammeBecomesActiveWithItsFirstTransfer() {
        JointProgramme programme = approvedProgramme();
        assertDoesNotThrow(() -> programme.checkCanReceiveTransfer(LEAD));
        assertDoesNotThrow(() -> programme.checkCanReceiveTransfer(PARTNER));
        programme.transferred();
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
    }

    @Test
    void anActiveProgrammeTakesFurtherTranchesAndStaysActive() {
        JointProgramme programme = activeProgramme();
        assertDoesNotThrow(() -> programme.checkCanReceiveTransfer(PARTNER));
        programme.transferred();
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme receives no money")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApprovedOrActiveProgrammeReceivesMoney(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ConflictException refused = refusedInStatus(status, "sent money", () -> programme.checkCanReceiveTransfer(LEAD));
        assertMentions(refused, "only when APPROVED or ACTIVE");
    }

    @Test
    void anOrganisationOutsideTheProgrammeReceivesNoMoney() {
        JointProgramme programme = approvedProgramme();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> programme.checkCanReceiveTransfer(OUTSIDER));
        assertEquals("organisation", refused.field());
        assertMentions(refused, "no share in the programme's budget");
    }

    @Test
    void aParticipatingOrganisationWithoutBudgetLinesReceivesNoMoney() {
        JointProgramme programme = draftProgramme();
        programme.setBudget(Budget.of(List.of(line(LEAD, "1", "1000.00"), line(LEAD, BudgetLine.INDIRECT, "70.00"))));
        programme.submit(problems(programme.budget()));
        programme.approve(1L);
        assertTrue(programme.involves(PARTNER));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> programme.checkCanReceiveTransfer(PARTNER));
        assertMentions(refused, "no share");
        assertEquals(ProgrammeStatus.APPROVED, programme.getStatus());
    }

    // ---- closure ---------------------------------------------------------------------------------------------

    @Test
    void anActiveProgrammeClosesOperationallyOnItsEndDate() {
        JointProgramme programme = activeProgramme();
        programme.closeOperationally(ENDS_ON);
        assertEquals(ProgrammeStatus.OPERATIONALLY_CLOSED, programme.getStatus());
        assertEquals(ENDS_ON, programme.getOperationallyClosedOn());
    }

    @Test
    void anActiveProgrammeDoesNotCloseOperationallyBeforeItsEndDate() {
        JointProgramme programme = activeProgramme();
        ConflictException refused = assertThrows(ConflictException.class,
                () -> programme.closeOperationally(ENDS_ON.minusDays(1)));
        assertMentions(refused, "runs until " + ENDS_ON, "extend or cancel");
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
        assertNull(programme.getOperationallyClosedOn());
    }

    @ParameterizedTest(name = "a {0} programme does not close operationally")
    @EnumSource(value = ProgrammeStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnActiveProgrammeClosesOperationally(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        refusedInStatus(status, "closed operationally", () -> programme.closeOperationally(ENDS_ON.plusYears(1)));
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme does not close financially")
    @EnumSource(value = ProgrammeStatus.class, names = "OPERATIONALLY_CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnOperationallyClosedProgrammeClosesFinancially(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ConflictException refused = refusedInStatus(status, "closed financially",
                () -> programme.closeFinancially(ENDS_ON.plusYears(1)));
        assertMentions(refused, "only when OPERATIONALLY_CLOSED");
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "final expenditure is reported on a {0} programme")
    @EnumSource(value = ProgrammeStatus.class, names = {"ACTIVE", "OPERATIONALLY_CLOSED"})
    void finalExpenditureIsTakenWhileActivitiesEndAndAfter(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        assertDoesNotThrow(programme::checkCanTakeFinalExpenditure);
    }

    @ParameterizedTest(name = "no final expenditure on a {0} programme")
    @EnumSource(value = ProgrammeStatus.class, names = {"ACTIVE", "OPERATIONALLY_CLOSED"}, mode = EnumSource.Mode.EXCLUDE)
    void finalExpenditureIsRefusedBeforeActivityAndAfterFinancialClosure(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ConflictException refused = refusedInStatus(status, "given final expenditure",
                programme::checkCanTakeFinalExpenditure);
        assertMentions(refused, "only when ACTIVE or OPERATIONALLY_CLOSED");
    }

    // ---- suspension and cancellation -------------------------------------------------------------------------

    @Test
    void anApprovedProgrammeSuspendedResumesAsApproved() {
        JointProgramme programme = approvedProgramme();
        programme.suspend();
        assertEquals(ProgrammeStatus.SUSPENDED, programme.getStatus());
        programme.resume();
        assertEquals(ProgrammeStatus.APPROVED, programme.getStatus());
    }

    @Test
    void anActiveProgrammeSuspendedResumesAsActive() {
        JointProgramme programme = activeProgramme();
        programme.suspend();
        assertEquals(ProgrammeStatus.SUSPENDED, programme.getStatus());
        programme.resume();
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
    }

    @Test
    void aSecondSuspensionRemembersItsOwnPreviousStatus() {
        JointProgramme programme = approvedProgramme();
        programme.suspend();
        programme.resume();
        programme.transferred();
        programme.suspend();
        programme.resume();
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme cannot be suspended")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApprovedOrActiveProgrammeIsSuspended(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        refusedInStatus(status, "suspended", programme::suspend);
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme cannot be resumed")
    @EnumSource(value = ProgrammeStatus.class, names = "SUSPENDED", mode = EnumSource.Mode.EXCLUDE)
    void onlyASuspendedProgrammeIsResumed(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        refusedInStatus(status, "resumed", programme::resume);
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme can be cancelled")
    @EnumSource(value = ProgrammeStatus.class, names = {"DRAFT", "SUBMITTED", "APPROVED", "SUSPENDED"})
    void aProgrammeIsCancelledBeforeItRunsOrWhileSuspended(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        programme.cancel();
        assertEquals(ProgrammeStatus.CANCELLED, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme cannot be cancelled")
    @EnumSource(value = ProgrammeStatus.class, names = {"ACTIVE", "OPERATIONALLY_CLOSED", "FINANCIALLY_CLOSED", "CANCELLED"})
    void aRunningOrClosedProgrammeIsNotCancelled(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ConflictException refused = refusedInStatus(status, "cancelled", programme::cancel);
        assertMentions(refused, "only when DRAFT or SUBMITTED or APPROVED or SUSPENDED");
        assertEquals(status, programme.getStatus());
    }

    // ---- revisions -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "a {0} programme can be revised")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED"})
    void aRunningProgrammeCanBeRevised(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        programme.revise(SMALLER);
        assertEquals(0, new BigDecimal("146300.00").compareTo(programme.getApprovedTotal()));
        assertEquals(0, new BigDecimal("96300.00").compareTo(programme.budget().share(LEAD)));
        programme.extendTo(ENDS_ON.plusMonths(6));
        assertEquals(ENDS_ON.plusMonths(6), programme.getEndsOn());
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "a {0} programme cannot be revised")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyARunningProgrammeIsRevised(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        BigDecimal totalBefore = programme.getApprovedTotal();
        refusedInStatus(status, "revised", programme::checkCanBeRevised);
        refusedInStatus(status, "revised", () -> programme.revise(SMALLER));
        refusedInStatus(status, "revised", () -> programme.extendTo(ENDS_ON.plusYears(1)));
        assertEquals(totalBefore, programme.getApprovedTotal());
        assertEquals(ENDS_ON, programme.getEndsOn());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.budget().total()));
    }

    @Test
    void anExtensionMovesTheEndDateLater() {
        JointProgramme programme = activeProgramme();
        LocalDate later = ENDS_ON.plusDays(1);
        programme.extendTo(later);
        assertEquals(later, programme.getEndsOn());
    }

    @Test
    void anExtensionToTheSameOrAnEarlierDateIsRefused() {
        JointProgramme programme = activeProgramme();
        for (LocalDate notLater : List.of(ENDS_ON, ENDS_ON.minusDays(1))) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> programme.extendTo(notLater));
            assertEquals("endsOn", refused.field());
            assertMentions(refused, "later than " + ENDS_ON);
        }
        assertEquals(ENDS_ON, programme.getEndsOn());
    }

    @Test
    void anExtendedProgrammeClosesOperationallyOnlyFromItsNewEndDate() {
        JointProgramme programme = activeProgramme();
        programme.extendTo(ENDS_ON.plusMonths(3));
        ConflictException refused = assertThrows(ConflictException.class, () -> programme.closeOperationally(ENDS_ON));
        assertMentions(refused, ENDS_ON.plusMonths(3).toString());
        programme.closeOperationally(ENDS_ON.plusMonths(3));
        assertEquals(ProgrammeStatus.OPERATIONALLY_CLOSED, programme.getStatus());
    }

    @Test
    void aSuspendedProgrammeMustResumeBeforeClosing() {
        JointProgramme programme = suspendedProgramme();
        refusedInStatus(ProgrammeStatus.SUSPENDED, "closed operationally", () -> programme.closeOperationally(ENDS_ON));
        programme.resume();
        programme.closeOperationally(ENDS_ON);
        assertEquals(ProgrammeStatus.OPERATIONALLY_CLOSED, programme.getStatus());
    }

    @Test
    void theFixturesAreInTheStatusTheyAreNamedFor() {
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertEquals(status, programmeIn(status).get().getStatus());
        }
        assertEquals(ProgrammeStatus.OPERATIONALLY_CLOSED, operationallyClosedProgramme().getStatus());
        assertEquals(0, BUDGET_TOTAL.compareTo(budget().total()));
    }

    static Stream<ProgrammeStatus> notDraft() {
        return ProgrammingFixtures.statusesExcept(ProgrammeStatus.DRAFT);
    }

    static Stream<ProgrammeStatus> notSubmitted() {
        return ProgrammingFixtures.statusesExcept(ProgrammeStatus.SUBMITTED);
    }
}
