package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.AT;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.BUDGET_TOTAL;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.ENDS_ON;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.LEAD;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.PARTNER;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.activeProgramme;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.budget;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.line;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.programmeIn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.RevisionKind;
import org.migrationmptf.programming.api.RevisionStatus;

/**
 * Revisions of a running programme: a budget revision (the whole new budget, the old one kept as BEFORE) or a
 * no-cost extension; requested, then approved on a decision or refused with a reason, once.
 */
class ProgrammeRevisionTest {

    private static final Instant LATER = AT.plusSeconds(86_400);

    /** Moves 10,000 of the lead's staff costs to the partner, indirect costs following at 7%. */
    private static Budget moved() {
        return Budget.of(List.of(
                line(LEAD, "1", "90000.00"),
                line(LEAD, "5", "20000.00"),
                line(LEAD, BudgetLine.INDIRECT, "7700.00"),
                line(PARTNER, "1", "60000.00"),
                line(PARTNER, BudgetLine.INDIRECT, "4200.00")));
    }

    private static void assertSameCells(Budget expected, Budget actual) {
        assertEquals(new HashSet<>(expected.lines()), new HashSet<>(actual.lines()));
    }

    @Test
    void aBudgetRevisionIsRequestedWithoutChangingTheProgramme() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "  Partner scales up  ", "lead@iom.int", AT);
        assertEquals(RevisionKind.BUDGET, revision.getKind());
        assertEquals(RevisionStatus.REQUESTED, revision.getStatus());
        assertEquals("Partner scales up", revision.getJustification());
        assertEquals("lead@iom.int", revision.getRequestedBy());
        assertEquals(AT, revision.getRequestedAt());
        assertSameCells(moved(), revision.after());
        assertTrue(revision.before().isEmpty(), "the budget before is kept when the revision is approved");
        assertEquals(ENDS_ON, revision.getEndsOnBefore());
        assertEquals(ENDS_ON, revision.getEndsOnAfter(), "a budget revision keeps the end date");
        assertSameCells(budget(), programme.budget());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()));
    }

    @Test
    void approvingABudgetRevisionKeepsTheOldBudgetAsBeforeAndAppliesTheNewOne() {
        JointProgramme programme = activeProgramme();
        Budget old = programme.budget();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "Partner scales up", "lead", AT);
        revision.approve(300L, "fmu@iom.int", LATER);

        assertEquals(RevisionStatus.APPROVED, revision.getStatus());
        assertEquals(300L, revision.getDecisionId());
        assertEquals("fmu@iom.int", revision.getDecidedBy());
        assertEquals(LATER, revision.getDecidedAt());
        assertSameCells(old, revision.before());
        assertSameCells(moved(), revision.after());
        assertSameCells(moved(), programme.budget());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()), "money moved, the total stays");
        assertEquals(0, new BigDecimal("64200.00").compareTo(programme.budget().share(PARTNER)));
        assertEquals(ProgrammeStatus.ACTIVE, programme.getStatus());
    }

    @Test
    void approvingABudgetRevisionThatAddsMoneyRaisesTheApprovedTotal() {
        JointProgramme programme = activeProgramme();
        Budget more = Budget.of(List.of(line(LEAD, "1", "200000.00"), line(LEAD, BudgetLine.INDIRECT, "14000.00"),
                line(PARTNER, "1", "50000.00")));
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, more, "Top-up", "lead", AT);
        revision.approve(301L, "fmu", LATER);
        assertEquals(0, new BigDecimal("264000.00").compareTo(programme.getApprovedTotal()));
        assertEquals(0, BUDGET_TOTAL.compareTo(revision.before().total()));
        assertEquals(0, new BigDecimal("264000.00").compareTo(revision.after().total()));
    }

    @Test
    void approvingAnExtensionMovesTheEndDateAndKeepsTheMoney() {
        JointProgramme programme = activeProgramme();
        LocalDate newEnd = ENDS_ON.plusMonths(6);
        ProgrammeRevision revision = ProgrammeRevision.extension(programme, newEnd, "Elections delayed work", "lead", AT);
        assertEquals(RevisionKind.NO_COST_EXTENSION, revision.getKind());
        assertEquals(ENDS_ON, programme.getEndsOn(), "requesting changes nothing yet");

        revision.approve(302L, "fmu", LATER);
        assertEquals(RevisionStatus.APPROVED, revision.getStatus());
        assertEquals(newEnd, programme.getEndsOn());
        assertEquals(ENDS_ON, revision.getEndsOnBefore());
        assertEquals(newEnd, revision.getEndsOnAfter());
        assertTrue(revision.before().isEmpty() && revision.after().isEmpty(), "an extension has no budget lines");
        assertSameCells(budget(), programme.budget());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()));
    }

    @Test
    void anExtensionToTheSameOrAnEarlierEndDateIsNotRequested() {
        JointProgramme programme = activeProgramme();
        for (LocalDate notLater : java.util.Arrays.asList(ENDS_ON, ENDS_ON.minusMonths(1), null)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> ProgrammeRevision.extension(programme, notLater, "why", "lead", AT));
            assertEquals("endsOn", refused.field());
            assertMentions(refused, "later than " + ENDS_ON);
        }
        assertEquals(ENDS_ON, programme.getEndsOn());
    }

    @Test
    void refusingABudgetRevisionLeavesTheProgrammeAsItWas() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "Partner scales up", "lead", AT);
        revision.refuse("  Not justified  ", "fmu", LATER);
        assertEquals(RevisionStatus.REFUSED, revision.getStatus());
        assertEquals("Not justified", revision.getRefusalReason());
        assertEquals("fmu", revision.getDecidedBy());
        assertEquals(LATER, revision.getDecidedAt());
        assertNull(revision.getDecisionId());
        assertSameCells(budget(), programme.budget());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()));
        assertTrue(revision.before().isEmpty());
    }

    @Test
    void refusingAnExtensionLeavesTheEndDate() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.extension(programme, ENDS_ON.plusYears(1), "why", "lead", AT);
        revision.refuse("No", "fmu", LATER);
        assertEquals(RevisionStatus.REFUSED, revision.getStatus());
        assertEquals(ENDS_ON, programme.getEndsOn());
    }

    @Test
    void anApprovedRevisionIsNeitherApprovedAgainNorRefused() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.extension(programme, ENDS_ON.plusMonths(2), "why", "lead", AT);
        revision.approve(303L, "fmu", LATER);
        assertMentions(assertThrows(ConflictException.class, () -> revision.approve(304L, "fmu", LATER)),
                "already APPROVED");
        assertMentions(assertThrows(ConflictException.class, () -> revision.refuse("late", "fmu", LATER)),
                "already APPROVED");
        assertEquals(303L, revision.getDecisionId());
        assertEquals(ENDS_ON.plusMonths(2), programme.getEndsOn());
        assertNull(revision.getRefusalReason());
    }

    @Test
    void aBudgetRevisionApprovedTwiceKeepsOneBeforeBudget() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "why", "lead", AT);
        revision.approve(305L, "fmu", LATER);
        assertThrows(ConflictException.class, () -> revision.approve(306L, "fmu", LATER));
        assertSameCells(budget(), revision.before());
        assertSameCells(moved(), programme.budget());
    }

    @Test
    void aRefusedRevisionIsNeitherRefusedAgainNorApproved() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "why", "lead", AT);
        revision.refuse("No", "fmu", LATER);
        assertMentions(assertThrows(ConflictException.class, () -> revision.refuse("Still no", "fmu", LATER)),
                "already REFUSED");
        assertMentions(assertThrows(ConflictException.class, () -> revision.approve(307L, "fmu", LATER)),
                "already REFUSED");
        assertEquals("No", revision.getRefusalReason());
        assertSameCells(budget(), programme.budget());
    }

    @ParameterizedTest(name = "a revision is requested for a {0} programme")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED"})
    void aRevisionIsRequestedForARunningProgramme(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "why", "lead", AT);
        revision.approve(308L, "fmu", LATER);
        assertSameCells(moved(), programme.budget());
        assertEquals(status, programme.getStatus());
    }

    @ParameterizedTest(name = "no revision is requested for a {0} programme")
    @EnumSource(value = ProgrammeStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void noRevisionIsRequestedForAProgrammeThatDoesNotRun(ProgrammeStatus status) {
        JointProgramme programme = programmeIn(status).get();
        assertMentions(assertThrows(ConflictException.class,
                () -> ProgrammeRevision.budget(programme, moved(), "why", "lead", AT)), "The programme is " + status,
                "cannot be revised");
        assertMentions(assertThrows(ConflictException.class,
                () -> ProgrammeRevision.extension(programme, ENDS_ON.plusYears(1), "why", "lead", AT)),
                "The programme is " + status, "cannot be revised");
    }

    @Test
    void aRevisionRequestedWhileRunningIsNotApprovedOnceTheProgrammeHasClosed() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.extension(programme, ENDS_ON.plusMonths(6), "why", "lead", AT);
        programme.closeOperationally(ENDS_ON);
        assertMentions(assertThrows(ConflictException.class, () -> revision.approve(309L, "fmu", LATER)),
                "OPERATIONALLY_CLOSED", "cannot be revised");
        assertEquals(RevisionStatus.REQUESTED, revision.getStatus());
        assertEquals(ENDS_ON, programme.getEndsOn());
    }

    @Test
    void aBudgetRevisionRefusedAtApprovalKeepsNoBeforeBudget() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "why", "lead", AT);
        programme.closeOperationally(ENDS_ON);
        assertThrows(ConflictException.class, () -> revision.approve(312L, "fmu", LATER));
        assertEquals(RevisionStatus.REQUESTED, revision.getStatus());
        assertTrue(revision.before().isEmpty(), "a revision that was not approved has no budget before: "
                + revision.before().lines());
    }

    @Test
    void aBudgetRevisionIsNotApprovedOnceTheProgrammeHasClosed() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision revision = ProgrammeRevision.budget(programme, moved(), "why", "lead", AT);
        programme.closeOperationally(ENDS_ON);
        assertMentions(assertThrows(ConflictException.class, () -> revision.approve(313L, "fmu", LATER)),
                "OPERATIONALLY_CLOSED", "cannot be revised");
        assertEquals(RevisionStatus.REQUESTED, revision.getStatus());
        assertNull(revision.getDecisionId());
        assertSameCells(budget(), programme.budget());
        assertEquals(0, BUDGET_TOTAL.compareTo(programme.getApprovedTotal()));
    }

    @Test
    void aSecondRevisionStartsFromTheFirstOnesResult() {
        JointProgramme programme = activeProgramme();
        ProgrammeRevision first = ProgrammeRevision.budget(programme, moved(), "first", "lead", AT);
        first.approve(310L, "fmu", LATER);
        ProgrammeRevision second = ProgrammeRevision.budget(programme, budget(), "back", "lead", LATER);
        second.approve(311L, "fmu", LATER.plusSeconds(1));
        assertSameCells(moved(), second.before());
        assertSameCells(budget(), programme.budget());
    }
}
