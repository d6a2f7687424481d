package org.migrationmptf.programming.service;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Average review scores of concept notes, for a whole page of notes in one query. */
final class NoteScores {

    private NoteScores() {
    }

    /** Each note's average of its scored reviews (the mean of the four criteria each), to two decimals. */
    static Map<Long, BigDecimal> of(EntityManager em, Collection<Long> noteIds) {
        Map<Long, BigDecimal> averages = new HashMap<>();
        if (noteIds.isEmpty()) {
            return averages;
        }
        for (Object[] row : em.createQuery("select r.note.id, sum(r.quality + r.principles + r.markers + r.balance),"
                        + " count(r) from NoteReview r where r.note.id in :notes and r.scoredAt is not null"
                        + " group by r.note.id", Object[].class)
                .setParameter("notes", noteIds).getResultList()) {
            averages.put((Long) row[0], average(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return averages;
    }

    /** The mean of four criteria over this many reviews whose criteria add up to {@code total}, to two decimals. */
    static BigDecimal average(long total, long reviews) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(reviews * 4), 2, RoundingMode.HALF_EVEN);
    }
}
