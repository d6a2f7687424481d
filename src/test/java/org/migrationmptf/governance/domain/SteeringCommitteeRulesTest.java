package org.migrationmptf.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.governance.domain.GovernanceFixtures.fund;
import static org.migrationmptf.governance.domain.GovernanceFixtures.meeting;
import static org.migrationmptf.governance.domain.GovernanceFixtures.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmptf.governance.api.Constituency;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.MeetingStatus;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;

class SteeringCommitteeRulesTest {

    private final Fund fund = fund(1L, "MIG");

    @ParameterizedTest(name = "{0} serving at {1}% -> {2} needed")
    @CsvSource({"8, 50, 4", "9, 50, 5", "7, 50, 4", "1, 50, 1", "0, 50, 1", "10, 67, 7", "3, 100, 3"})
    void quorumIsTheFundsShareOfServingMembersRoundedUp(int serving, int percent, int required) {
        Fund f = GovernanceFixtures.withId(new Fund("X", "X", "USD", new FundParameters(
                GovernanceFixtures.migParameters().administrativeAgentFeeRate(),
                GovernanceFixtures.migParameters().indirectCostCapRate(),
                GovernanceFixtures.migParameters().mobilisationTarget(),
                GovernanceFixtures.migParameters().operatingReserve(),
                GovernanceFixtures.migParameters().expenditureReportDue(),
                GovernanceFixtures.migParameters().progressReportDue(),
                GovernanceFixtures.migParameters().progressReporting(), 2,
                GovernanceFixtures.migParameters().conceptNoteBudgetCeiling(), 36, percent)), 9L);
        assertEquals(required, f.quorumOf(serving));
    }

    @Test
    void aDecisionNeedsAHeldMeetingWithQuorum() {
        Meeting meeting = meeting(fund, 1L, "2026-06-18");
        List<CommitteeMember> serving = List.of(member(fund, 1L, "2020-01-01", null), member(fund, 2L, "2020-01-01", null),
                member(fund, 3L, "2020-01-01", null), member(fund, 4L, "2020-01-01", null));

        BusinessRuleException notHeld = assertThrows(BusinessRuleException.class,
                () -> meeting.checkCanRecordDecision(meeting.quorum(serving.size())));
        assertTrue(notHeld.getMessage().contains("not been held"), notHeld.getMessage());

        meeting.markHeld(LocalDate.parse("2026-06-18"));
        meeting.recordAttendance(List.of(1L), serving);
        BusinessRuleException noQuorum = assertThrows(BusinessRuleException.class,
                () -> meeting.checkCanRecordDecision(meeting.quorum(serving.size())));
        assertEquals("The meeting had no quorum: 1 of 4 members present, 2 needed", noQuorum.getMessage());

        meeting.recordAttendance(List.of(1L, 3L), serving);
        assertTrue(meeting.quorum(serving.size()).isMet());
        meeting.checkCanRecordDecision(meeting.quorum(serving.size()));
    }

    @Test
    void onlyMembersServingOnTheDayCanAttend() {
        Meeting meeting = meeting(fund, 1L, "2026-06-18");
        List<CommitteeMember> serving = List.of(member(fund, 1L, "2020-01-01", null));
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> meeting.recordAttendance(List.of(1L, 77L), serving));
        assertEquals("presentMemberIds", e.field());
        assertTrue(e.getMessage().contains("77"));
    }

    @Test
    void aMeetingIsNotHeldBeforeItsDateNorTwice() {
        Meeting meeting = meeting(fund, 1L, "2026-06-18");
        assertThrows(BusinessRuleException.class, () -> meeting.markHeld(LocalDate.parse("2026-06-17")));
        meeting.markHeld(LocalDate.parse("2026-06-18"));
        assertEquals(MeetingStatus.HELD, meeting.getStatus());
        assertThrows(ConflictException.class, () -> meeting.markHeld(LocalDate.parse("2026-06-19")));
        assertThrows(ConflictException.class, () -> meeting.reschedule(LocalDate.parse("2026-07-01"), "t", null, List.of()));
    }

    @Test
    void minutesAreApprovedOnlyForAHeldMeetingAndCloseIt() {
        Meeting meeting = meeting(fund, 1L, "2026-06-18");
        assertThrows(ConflictException.class, meeting::approveMinutes);
        List<CommitteeMember> serving = List.of(member(fund, 1L, "2020-01-01", null));
        meeting.markHeld(LocalDate.parse("2026-06-18"));
        meeting.recordAttendance(List.of(1L), serving);
        Decision decision = new Decision(meeting, "MIG-SC-2026-001", content(DecisionType.OTHER, null), null);
        meeting.approveMinutes();

        ConflictException edit = assertThrows(ConflictException.class,
                () -> decision.revise(content(DecisionType.OTHER, null)));
        assertTrue(edit.getMessage().contains("supersedes"), edit.getMessage());
        assertThrows(ConflictException.class, () -> meeting.recordAttendance(List.of(), serving));
        assertThrows(ConflictException.class, () -> meeting.checkCanRecordDecision(meeting.quorum(1)));
    }

    @Test
    void aDecisionThatMovesMoneyStatesTheAmountAndTheRecord() {
        Meeting meeting = heldMeeting();
        BusinessRuleException noAmount = assertThrows(BusinessRuleException.class, () -> new Decision(meeting,
                "R1", new DecisionContent(DecisionType.APPROVE_ALLOCATION, "t", "x", LocalDate.parse("2026-06-18"),
                        null, Set.of(new DecisionSubject("JOINT_PROGRAMME", 1))), null));
        assertEquals("amount", noAmount.field());
        BusinessRuleException noRecord = assertThrows(BusinessRuleException.class, () -> new Decision(meeting,
                "R1", new DecisionContent(DecisionType.INSTRUCT_TRANSFER, "t", "x", LocalDate.parse("2026-06-18"),
                        Money.of("10", "USD"), Set.of()), null));
        assertEquals("subjects", noRecord.field());
        BusinessRuleException beforeMeeting = assertThrows(BusinessRuleException.class, () -> new Decision(meeting,
                "R1", new DecisionContent(DecisionType.OTHER, "t", "x", LocalDate.parse("2026-06-17"), null, Set.of()), null));
        assertEquals("effectiveOn", beforeMeeting.field());
    }

    @Test
    void aDecisionAuthorisesOnlyItsActOnItsRecordUpToItsAmountOnceInEffect() {
        Decision decision = new Decision(heldMeeting(), "MIG-SC-2026-001",
                content(DecisionType.APPROVE_ALLOCATION, Money.of("2500000", "USD")), null);
        DecisionSubject programme = new DecisionSubject("JOINT_PROGRAMME", 1);
        LocalDate day = LocalDate.parse("2026-07-01");

        assertNull(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("2500000", "USD"), day, false));
        assertNull(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("1000000", "USD"), day, false));
        assertTrue(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("2500000.01", "USD"), day, false)
                .contains("less than"));
        assertTrue(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("100", "EUR"), day, false)
                .contains("EUR"));
        assertTrue(decision.refusalFor(DecisionType.INSTRUCT_TRANSFER, programme, Money.of("1", "USD"), day, false)
                .contains("not INSTRUCT_TRANSFER"));
        assertTrue(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, new DecisionSubject("JOINT_PROGRAMME", 2),
                Money.of("1", "USD"), day, false).contains("does not act on JOINT_PROGRAMME#2"));
        assertTrue(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("1", "USD"),
                LocalDate.parse("2026-06-17"), false).contains("takes effect"));
        assertTrue(decision.refusalFor(DecisionType.APPROVE_ALLOCATION, programme, Money.of("1", "USD"), day, true)
                .contains("superseded"));
    }

    @Test
    void aCorrectionSupersedesADecisionOfTheSameFundTakenNoLater() {
        Meeting first = heldMeeting();
        Decision original = new Decision(first, "MIG-SC-2026-001", content(DecisionType.OTHER, null), null);
        Meeting earlier = meeting(fund, 2L, "2026-01-10");
        earlier.markHeld(LocalDate.parse("2026-01-10"));
        assertThrows(BusinessRuleException.class,
                () -> new Decision(earlier, "MIG-SC-2026-002", content(DecisionType.OTHER, null), original));
        Meeting otherFund = meeting(fund(2L, "OTH"), 3L, "2026-12-01");
        otherFund.markHeld(LocalDate.parse("2026-12-01"));
        assertThrows(BusinessRuleException.class,
                () -> new Decision(otherFund, "OTH-SC-2026-001", content(DecisionType.OTHER, null), original));
        Meeting later = meeting(fund, 4L, "2026-12-01");
        later.markHeld(LocalDate.parse("2026-12-01"));
        Decision correction = new Decision(later, "MIG-SC-2026-003",
                new DecisionContent(DecisionType.OTHER, "Correction", "x", LocalDate.parse("2026-12-01"), null, Set.of()),
                original);
        assertEquals(original, correction.getSupersedes());
    }

    @ParameterizedTest(name = "term {0}..{1} serving on {2}: {3}")
    @CsvSource(nullValues = "NULL", value = {
        "2020-01-01, 2022-12-31, 2020-01-01, true",
        "2020-01-01, 2022-12-31, 2022-12-31, true",
        "2020-01-01, 2022-12-31, 2023-01-01, false",
        "2020-01-01, 2022-12-31, 2019-12-31, false",
        "2020-01-01, NULL, 2099-01-01, true"
    })
    void aMemberServesFromTheFirstToTheLastDayOfTheirTerm(String start, String end, String day, boolean serving) {
        assertEquals(serving, member(fund, 1L, start, end).isServingOn(LocalDate.parse(day)));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> member(fund, 1L, "2024-01-01", "2023-12-31"));
        assertEquals("termEnd", e.field());
        CommitteeMember m = member(fund, 2L, "2024-01-01", null);
        assertThrows(BusinessRuleException.class, () -> m.update("A", Constituency.CIVIL_SOCIETY, "S",
                LocalDate.parse("2024-01-01"), LocalDate.parse("2023-01-01"), false, null));
    }

    @Test
    void termsOverlapWhenTheyShareADay() {
        assertTrue(member(fund, 1L, "2020-01-01", "2022-12-31").termOverlaps(member(fund, 2L, "2022-12-31", null)));
        assertFalse(member(fund, 1L, "2020-01-01", "2022-12-31").termOverlaps(member(fund, 2L, "2023-01-01", null)));
        assertTrue(member(fund, 1L, "2020-01-01", null).termOverlaps(member(fund, 2L, "2030-01-01", "2031-01-01")));
    }

    private Meeting heldMeeting() {
        Meeting meeting = meeting(fund, 1L, "2026-06-18");
        meeting.markHeld(LocalDate.parse("2026-06-18"));
        return meeting;
    }

    private static DecisionContent content(DecisionType type, Money amount) {
        return new DecisionContent(type, "Title", "Text", LocalDate.parse("2026-06-18"), amount,
                amount == null ? Set.of() : Set.of(new DecisionSubject("JOINT_PROGRAMME", 1)));
    }
}
