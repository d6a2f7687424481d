package org.migrationmptf.programming.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.Scope;

/**
 * Calls, notes and programmes in a given stage, each driven there through its public methods (ids stay null: the
 * database assigns them). Two organisations take part: {@link #LEAD} (10) and {@link #PARTNER} (20).
 */
final class ProgrammingFixtures {

    static final long LEAD = 10L;
    static final long PARTNER = 20L;
    static final long OUTSIDER = 99L;
    static final LocalDate SUBMISSION_DAY = LocalDate.parse("2026-06-15");
    static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");
    static final BigDecimal REQUESTED = new BigDecimal("2500000.00");
    static final BigDecimal CAP = new BigDecimal("0.07");
    static final Set<String> CATEGORIES = Set.of("1", "2", "3", "4", "5", "6", "7", BudgetLine.INDIRECT);
    static final LocalDate STARTS_ON = LocalDate.parse("2026-09-01");
    static final LocalDate ENDS_ON = LocalDate.parse("2028-08-31");
    static final List<ProgrammeCountry> MEXICO = List.of(new ProgrammeCountry("MEX", "Latin America and the Caribbean"));

    private ProgrammingFixtures() {
    }

    /** The refusal's message says each of these, so a person sees what is wrong. */
    static void assertMentions(Throwable refusal, String... parts) {
        for (String part : parts) {
            if (!refusal.getMessage().contains(part)) {
                throw new AssertionError("The message \"" + refusal.getMessage() + "\" does not mention \"" + part + "\"");
            }
        }
    }

    static CallForNotes draftCall() {
        return new CallForNotes(1, "Call 2026", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"),
                new BigDecimal("3000000"), 36, Set.of(Scope.NATIONAL, Scope.REGIONAL), Set.of(2, 4));
    }

    static CallForNotes openCall() {
        CallForNotes call = draftCall();
        call.open();
        return call;
    }

    static NoteContent content() {
        return new NoteContent("Safe pathways", "Summary", Scope.NATIONAL, 4, REQUESTED, "USD", 24,
                2, 2, 1, Set.of(LEAD, PARTNER), Set.of("MEX"), Set.of(5, 6), Set.of(1, 7));
    }

    static ConceptNote draftNote() {
        return new ConceptNote(openCall(), LEAD, content());
    }

    static ConceptNote ineligibleNote() {
        ConceptNote note = new ConceptNote(openCall(), LEAD, content());
        note.submit(3, "USD", SUBMISSION_DAY, AT); // three organisations needed, two take part
        return note;
    }

    static ConceptNote noteUnderReview() {
        ConceptNote note = draftNote();
        List<String> problems = note.submit(2, "USD", SUBMISSION_DAY, AT);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("fixture note is not eligible: " + problems);
        }
        return note;
    }

    static ConceptNote pipelineNote() {
        ConceptNote note = noteUnderReview();
        note.endorse(100L);
        return note;
    }

    static ConceptNote rejectedNote() {
        ConceptNote note = noteUnderReview();
        note.reject(101L);
        return note;
    }

    static ConceptNote invitedNote() {
        ConceptNote note = pipelineNote();
        note.invite(REQUESTED, AT);
        return note;
    }

    static BudgetLine line(long organisation, String category, String amount) {
        return new BudgetLine(organisation, category, new BigDecimal(amount));
    }

    /** Lead: 120,000 direct and 8,400 indirect (exactly 7%); partner: 50,000 direct and 3,500 indirect. */
    static Budget budget() {
        return Budget.of(List.of(
                line(LEAD, "1", "100000.00"),
                line(LEAD, "5", "20000.00"),
                line(LEAD, BudgetLine.INDIRECT, "8400.00"),
                line(PARTNER, "1", "50000.00"),
                line(PARTNER, BudgetLine.INDIRECT, "3500.00")));
    }

    static final BigDecimal BUDGET_TOTAL = new BigDecimal("181900.00");

    static List<String> problems(Budget budget) {
        return budget.problems(CAP, Set.of(LEAD, PARTNER), CATEGORIES, id -> id == LEAD ? "IOM" : id == PARTNER ? "ILO"
                : "Organisation " + id);
    }

    static JointProgramme draftProgramme() {
        JointProgramme programme = new JointProgramme(invitedNote(), "Safe pathways in Mexico", STARTS_ON, ENDS_ON, MEXICO);
        programme.setBudget(budget());
        return programme;
    }

    static JointProgramme submittedProgramme() {
        JointProgramme programme = draftProgramme();
        programme.submit(problems(programme.budget()));
        return programme;
    }

    static JointProgramme approvedProgramme() {
        JointProgramme programme = submittedProgramme();
        programme.approve(200L);
        return programme;
    }

    static JointProgramme activeProgramme() {
        JointProgramme programme = approvedProgramme();
        programme.checkCanReceiveTransfer(LEAD);
        programme.transferred();
        return programme;
    }

    static JointProgramme suspendedProgramme() {
        JointProgramme programme = activeProgramme();
        programme.suspend();
        return programme;
    }

    static JointProgramme operationallyClosedProgramme() {
        JointProgramme programme = activeProgramme();
        programme.closeOperationally(ENDS_ON);
        return programme;
    }

    static JointProgramme financiallyClosedProgramme() {
        JointProgramme programme = operationallyClosedProgramme();
        programme.closeFinancially(ENDS_ON.plusMonths(6));
        return programme;
    }

    /** A programme in each status, built afresh on every call. */
    static Supplier<JointProgramme> programmeIn(ProgrammeStatus status) {
        return switch (status) {
            case DRAFT -> ProgrammingFixtures::draftProgramme;
            case SUBMITTED -> ProgrammingFixtures::submittedProgramme;
            case APPROVED -> ProgrammingFixtures::approvedProgramme;
            case ACTIVE -> ProgrammingFixtures::activeProgramme;
            case SUSPENDED -> ProgrammingFixtures::suspendedProgramme;
            case OPERATIONALLY_CLOSED -> ProgrammingFixtures::operationallyClosedProgramme;
            case FINANCIALLY_CLOSED -> ProgrammingFixtures::financiallyClosedProgramme;
            case CANCELLED -> ProgrammingFixtures::cancelledProgramme;
        };
    }

    /** Every programme status but these, for the refused side of a transition. */
    static Stream<ProgrammeStatus> statusesExcept(ProgrammeStatus... allowed) {
        EnumSet<ProgrammeStatus> except = EnumSet.noneOf(ProgrammeStatus.class);
        except.addAll(Arrays.asList(allowed));
        return EnumSet.complementOf(except).stream();
    }

    static JointProgramme cancelledProgramme() {
        JointProgramme programme = draftProgramme();
        programme.cancel();
        return programme;
    }
}
