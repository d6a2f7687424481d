package org.migrationmptf.programming.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.migrationmptf.programming.api.Scope;

/**
 * The screening of a concept note at submission: each rule that fails is said in words, so the lead organisation
 * knows what to change. Rules: the call is open that day; at least the fund's minimum of participating
 * organisations; budget and duration within the call's limits, in the fund's currency; one thematic area and a
 * scope the call covers; the three markers scored; the GCM objectives addressed; the countries fit the scope.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static List<String> problems(CallForNotes call, NoteContent note, int minimumOrganisations,
                                        String fundCurrency, LocalDate day) {
        List<String> problems = new ArrayList<>();
        if (!call.acceptsSubmissionsOn(day)) {
            problems.add("The call is not open for submissions on " + day + " (window " + call.getOpensOn() + " to "
                    + call.getClosesOn() + ", status " + call.getStatus() + ")");
        }
        if (note.organisationIds().size() < minimumOrganisations) {
            problems.add("A joint programme needs at least " + minimumOrganisations
                    + " participating UN organisations; this note has " + note.organisationIds().size());
        }
        if (!fundCurrency.equals(note.currency())) {
            problems.add("The budget must be in " + fundCurrency + ", not " + note.currency());
        }
        if (note.requestedBudget().compareTo(call.getBudgetCeiling()) > 0) {
            problems.add("The requested budget " + note.requestedBudget().stripTrailingZeros().toPlainString()
                    + " is above the call's ceiling of " + call.getBudgetCeiling().stripTrailingZeros().toPlainString());
        }
        if (note.durationMonths() > call.getMaxDurationMonths()) {
            problems.add("The duration of " + note.durationMonths() + " months is longer than the call's "
                    + call.getMaxDurationMonths());
        }
        if (!call.getThematicAreas().isEmpty() && !call.getThematicAreas().contains(note.thematicArea())) {
            problems.add("Thematic area " + note.thematicArea() + " is not one of the call's " + call.getThematicAreas());
        }
        if (!call.getScopes().contains(note.scope())) {
            problems.add("The call is for " + call.getScopes() + " programmes, not " + note.scope());
        }
        if (note.genderMarker() == null || note.humanRightsMarker() == null || note.childMarker() == null) {
            problems.add("All three markers (gender, human rights, child-sensitivity) must be scored 0 to 3");
        }
        if (note.objectives().isEmpty()) {
            problems.add("Name at least one GCM objective the programme addresses");
        }
        if (note.scope() == Scope.NATIONAL && note.countries().size() != 1) {
            problems.add("A national programme is in exactly one country; this note names " + note.countries().size());
        }
        if (note.scope() == Scope.REGIONAL && note.countries().size() < 2) {
            problems.add("A regional programme names at least two countries");
        }
        return problems;
    }
}
