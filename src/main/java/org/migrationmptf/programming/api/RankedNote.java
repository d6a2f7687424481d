package org.migrationmptf.programming.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * A concept note in a ranking (the review board or the pipeline): its rank by average score, its requested budget,
 * the running total of the notes ranked above it and itself, and whether the money available covers that total.
 */
public record RankedNote(int rank, long id, String title, String lead, Scope scope, int thematicArea,
                         NoteStatus status, String averageScore, int reviews, int pending, MoneyView requestedBudget,
                         MoneyView cumulative, boolean covered) {
}
