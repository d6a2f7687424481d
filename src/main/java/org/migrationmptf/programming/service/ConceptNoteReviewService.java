package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.Authorisation;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.NoteReviews;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.RankedNote;
import org.migrationmptf.programming.api.Ranking;
import org.migrationmptf.programming.api.ReviewRequest;
import org.migrationmptf.programming.api.ReviewView;
import org.migrationmptf.programming.api.ReviewerAssignment;
import org.migrationmptf.programming.domain.CallForNotes;
import org.migrationmptf.programming.domain.ConceptNote;
import org.migrationmptf.programming.domain.NoteReview;

/**
 * Review, the committee's decisions on notes, and invitation. Reviewers are FMU staff or committee members the FMU
 * assigns; each sees and scores the notes assigned to them. Endorsement and rejection rest on an endorse-pipeline
 * decision that names the note; an invitation waits until the money available covers the note.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.AUDITOR})
public class ConceptNoteReviewService implements ConceptNoteReviews {

    private static final String NOTE = "CONCEPT_NOTE";

    @PersistenceContext
    EntityManager em;

    @Inject
    NoteLookup notes;

    @Inject
    FundAdministration funds;

    @Inject
    DecisionRegister decisions;

    @Inject
    EarmarkPools pools;

    @Inject
    Participation participation;

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public NoteReviews assignReviewers(long id, ReviewerAssignment request) {
        ConceptNote note = notes.visible(id);
        List<String> assigned = reviewsOf(note).stream().map(NoteReview::getReviewer).toList();
        for (String reviewer : new LinkedHashSet<>(request.reviewers().stream().map(String::strip).toList())) {
            if (!assigned.contains(reviewer)) {
                em.persist(new NoteReview(note, reviewer));
            }
        }
        em.flush();
        return reviews(note);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    public NoteReviews review(long id, ReviewRequest r) {
        ConceptNote note = notes.visible(id);
        NoteReview review = reviewsOf(note).stream().filter(x -> x.getReviewer().equals(participation.user()))
                .findFirst().orElseThrow(() -> new AccessDeniedException(participation.user()
                        + " is not a reviewer of concept note " + id + ": the FMU assigns reviewers"));
        review.score(r.quality(), r.principles(), r.markers(), r.balance(), r.comment(), Instant.now());
        em.flush();
        return reviews(note);
    }

    @Override
    public NoteReviews reviews(long id) {
        return reviews(notes.visible(id));
    }

    @Override
    public Ranking reviewBoard(String fundCode, long callId) {
        FundView fund = funds.fund(fundCode);
        CallForNotes call = em.find(CallForNotes.class, callId);
        if (call == null || call.getFundId() != fund.id()) {
            throw new org.migrationmptf.platform.problem.RecordNotFoundException("callId",
                    "Fund " + fund.code() + " has no call " + callId);
        }
        List<ConceptNote> board = em.createQuery("select n from ConceptNote n where n.call = :call and n.status in"
                        + " (org.migrationmptf.programming.api.NoteStatus.UNDER_REVIEW,"
                        + " org.migrationmptf.programming.api.NoteStatus.PIPELINE,"
                        + " org.migrationmptf.programming.api.NoteStatus.REJECTED,"
                        + " org.migrationmptf.programming.api.NoteStatus.INVITED)", ConceptNote.class)
                .setParameter("call", call).getResultList();
        return rank(fund, board);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    public NoteView endorse(long id, DecisionReference r) {
        ConceptNote note = notes.visible(id);
        authorised(r.decisionId(), id);
        note.endorse(r.decisionId());
        em.flush();
        return notes.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    public NoteView reject(long id, DecisionReference r) {
        ConceptNote note = notes.visible(id);
        authorised(r.decisionId(), id);
        note.reject(r.decisionId());
        em.flush();
        return notes.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public NoteView invite(long id) {
        ConceptNote note = notes.visible(id);
        FundView fund = funds.fundById(note.getFundId());
        List<String> drawFrom = pools.pools(note.content().thematicArea(), note.content().countries());
        note.invite(pools.available(fund.code(), drawFrom), Instant.now());
        em.flush();
        return notes.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    public Ranking pipeline(String fundCode) {
        FundView fund = funds.fund(fundCode);
        List<ConceptNote> pipeline = em.createQuery("select n from ConceptNote n where n.fundId = :fund"
                        + " and n.status = org.migrationmptf.programming.api.NoteStatus.PIPELINE", ConceptNote.class)
                .setParameter("fund", fund.id()).getResultList();
        return rank(fund, pipeline);
    }

    private void authorised(long decisionId, long noteId) {
        Authorisation authorisation = decisions.authorisation(decisionId, DecisionType.ENDORSE_PIPELINE, NOTE, noteId,
                null);
        if (!authorisation.granted()) {
            throw new BusinessRuleException("decisionId", authorisation.reason());
        }
    }

    /**
     * Ranks notes by average score (unscored last, then oldest first) with running totals against what is available.
     * A note is covered when the fund's money covers the running total up to it and its own pools (those it may
     * draw from) cover it: what an invitation checks.
     */
    private Ranking rank(FundView fund, List<ConceptNote> candidates) {
        Map<Long, BigDecimal> averages = NoteScores.of(em, candidates.stream().map(ConceptNote::getId).toList());
        Map<Long, long[]> counts = reviewCounts(candidates.stream().map(ConceptNote::getId).toList());
        List<ConceptNote> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing((ConceptNote n) -> averages.getOrDefault(n.getId(), BigDecimal.valueOf(-1)))
                .reversed().thenComparing(ConceptNote::getId));
        BigDecimal available = pools.available(fund.code());
        java.util.Currency currency = Money.currency(fund.reportingCurrency());
        BigDecimal running = BigDecimal.ZERO;
        List<RankedNote> ranked = new ArrayList<>();
        for (ConceptNote n : ordered) {
            running = running.add(n.getRequestedBudget());
            BigDecimal average = averages.get(n.getId());
            long[] count = counts.getOrDefault(n.getId(), new long[2]);
            ranked.add(new RankedNote(ranked.size() + 1, n.getId(), n.getTitle(),
                    participation.acronym(n.getLeadOrganisationId()), n.content().scope(), n.content().thematicArea(),
                    n.getStatus(), average == null ? null : average.toPlainString(), (int) count[0], (int) count[1],
                    MoneyView.of(Money.of(n.getRequestedBudget(), currency)), MoneyView.of(Money.of(running, currency)),
                    running.compareTo(available) <= 0 && pools.available(fund.code(), pools.pools(
                            n.content().thematicArea(), n.content().countries())).compareTo(n.getRequestedBudget()) >= 0));
        }
        return new Ranking(fund.code(), ranked, MoneyView.of(Money.of(running, currency)),
                MoneyView.of(Money.of(available, currency)));
    }

    /** Per note: reviews scored and reviews still to come. */
    private Map<Long, long[]> reviewCounts(List<Long> noteIds) {
        Map<Long, long[]> counts = new java.util.HashMap<>();
        if (noteIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select r.note.id, sum(case when r.scoredAt is null then 0 else 1 end),"
                + " sum(case when r.scoredAt is null then 1 else 0 end) from NoteReview r where r.note.id in :notes"
                + " group by r.note.id", Object[].class).setParameter("notes", noteIds).getResultList()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    private List<NoteReview> reviewsOf(ConceptNote note) {
        return em.createQuery("select r from NoteReview r where r.note = :note order by r.id", NoteReview.class)
                .setParameter("note", note).getResultList();
    }

    private NoteReviews reviews(ConceptNote note) {
        List<NoteReview> all = reviewsOf(note);
        List<ReviewView> views = all.stream().map(r -> new ReviewView(r.getId(), r.getReviewer(), r.getQuality(),
                r.getPrinciples(), r.getMarkers(), r.getBalance(), r.score() == null ? null : r.score().toPlainString(),
                r.getComment(), r.getScoredAt())).toList();
        BigDecimal average = NoteScores.of(em, List.of(note.getId())).get(note.getId());
        return new NoteReviews(note.getId(), views, average == null ? null : average.toPlainString(),
                (int) all.stream().filter(r -> !r.isScored()).count());
    }
}
