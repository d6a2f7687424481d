package org.migrationmptf.programming.api;

import java.time.Instant;

/** One reviewer's review of a concept note; the scores are empty until the reviewer has scored. */
public record ReviewView(long id, String reviewer, Integer quality, Integer principles, Integer markers,
                         Integer balance, String score, String comment, Instant scoredAt) {
}
