package org.migrationmptf.programming.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.migrationmptf.programming.api.Scope;

/**
 * What a concept note proposes, as its lead organisation drafts it. Organisations are ids (the lead among them);
 * markers are 0-3 or not yet scored (null).
 */
public record NoteContent(String title, String summary, Scope scope, int thematicArea, BigDecimal requestedBudget,
                          String currency, int durationMonths, Integer genderMarker, Integer humanRightsMarker,
                          Integer childMarker, Set<Long> organisationIds, Set<String> countries,
                          Set<Integer> objectives, Set<Integer> principles) {
}
