package org.migrationmptf.programming.api;

import java.util.List;

/** A concept note's reviews, their average score (empty before the first) and how many are still to come. */
public record NoteReviews(long noteId, List<ReviewView> reviews, String averageScore, int pending) {
}
