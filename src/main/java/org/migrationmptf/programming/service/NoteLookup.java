package org.migrationmptf.programming.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.Scope;
import org.migrationmptf.programming.domain.ConceptNote;
import org.migrationmptf.programming.domain.NoteContent;

/**
 * Finds concept notes as the caller may see them (a focal point: its organisation's; the committee: all but
 * drafts; the FMU and auditors: all; another's note is "not found", its existence is not theirs to know) and
 * turns them into views. Used by the services within their transactions.
 */
@RequestScoped
public class NoteLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    Participation participation;

    @Inject
    org.migrationmptf.governance.api.FundAdministration funds;

    public ConceptNote visible(long id) {
        ConceptNote note = em.find(ConceptNote.class, id);
        boolean visible = note != null && (participation.hasRole(Roles.FUND_MANAGER)
                || participation.hasRole(Roles.AUDITOR)
                || participation.hasRole(Roles.SC_MEMBER) && note.getStatus() != NoteStatus.DRAFT
                || participation.hasRole(Roles.PUNO_FOCAL_POINT) && participation.ownOrganisation()
                .map(o -> note.involves(o.id())).orElse(false));
        if (!visible) {
            throw new RecordNotFoundException("id", "No concept note " + id);
        }
        return note;
    }

    public NoteView view(ConceptNote n, FundView fund) {
        NoteContent c = n.content();
        java.util.Set<Long> named = new java.util.HashSet<>(c.organisationIds());
        named.add(n.getLeadOrganisationId());
        return view(NoteRow.of(n, c), c, participation.acronyms(named), fund.code(),
                NoteScores.of(em, List.of(n.getId())).get(n.getId()));
    }

    /**
     * A concept note's own columns, without its sets: what a list reads (Hibernate calls the constructor with the
     * columns of {@link #ROW}), so that a page leaves nothing for Hibernate to track, no entity and no set.
     */
    public record NoteRow(Long id, Long fundId, Long callId, Long leadOrganisationId, String title, String summary,
                          Scope scope, Integer thematicArea, BigDecimal requestedBudget, String currency,
                          Integer durationMonths, Integer genderMarker, Integer humanRightsMarker, Integer childMarker,
                          NoteStatus status, String screeningReasons, Instant submittedAt, Long decisionId,
                          Long version) {

        static NoteRow of(ConceptNote n, NoteContent c) {
            return new NoteRow(n.getId(), n.getFundId(), n.getCall().getId(), n.getLeadOrganisationId(), c.title(),
                    c.summary(), c.scope(), c.thematicArea(), c.requestedBudget(), c.currency(), c.durationMonths(),
                    c.genderMarker(), c.humanRightsMarker(), c.childMarker(), n.getStatus(), n.getScreeningReasons(),
                    n.getSubmittedAt(), n.getDecisionId(), n.getVersion());
        }

        NoteContent content(Set<Long> organisations, Set<String> countries, Set<Integer> objectives,
                            Set<Integer> principles) {
            return new NoteContent(title, summary, scope, thematicArea, requestedBudget, currency, durationMonths,
                    genderMarker, humanRightsMarker, childMarker, Set.copyOf(organisations), Set.copyOf(countries),
                    Set.copyOf(objectives), Set.copyOf(principles));
        }
    }

    /** The select list of a {@link NoteRow}, for a query over {@code ConceptNote n}. */
    public static final String ROW = "n.id, n.fundId, n.call.id, n.leadOrganisationId, n.title, n.summary, n.scope,"
            + " n.thematicArea, n.requestedBudget, n.currency, n.durationMonths, n.genderMarker, n.humanRightsMarker,"
            + " n.childMarker, n.status, n.screeningReasons, n.submittedAt, n.decisionId, n.version";

    /**
     * A list's notes, in their order: their sets (organisations, countries, objectives, principles) and review
     * scores from one statement per thousand notes, names from memory. So a page costs the same few statements
     * whatever its size.
     */
    public List<NoteView> views(List<NoteRow> notes) {
        Map<Long, java.util.Set<Long>> organisations = new java.util.HashMap<>();
        Map<Long, java.util.Set<String>> countries = new java.util.HashMap<>();
        Map<Long, java.util.Set<Integer>> objectives = new java.util.HashMap<>();
        Map<Long, java.util.Set<Integer>> principles = new java.util.HashMap<>();
        Map<Long, long[]> scored = new java.util.HashMap<>(); // note -> [sum of the criteria, scored reviews]
        for (int from = 0; from < notes.size(); from += CHUNK) {
            List<Long> ids = notes.subList(from, Math.min(notes.size(), from + CHUNK)).stream().map(NoteRow::id)
                    .toList();
            for (Object row : em.createNativeQuery(SETS).setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) row;
                long note = ((Number) r[0]).longValue();
                switch (r[1].toString().strip()) {
                    case "S" -> scored.put(note, new long[] {((Number) r[2]).longValue(), Long.parseLong((String) r[3])});
                    case "O" -> organisations.computeIfAbsent(note, k -> new java.util.HashSet<>()).add(((Number) r[2]).longValue());
                    case "J" -> objectives.computeIfAbsent(note, k -> new java.util.HashSet<>()).add(((Number) r[2]).intValue());
                    case "P" -> principles.computeIfAbsent(note, k -> new java.util.HashSet<>()).add(((Number) r[2]).intValue());
                    default -> countries.computeIfAbsent(note, k -> new java.util.HashSet<>()).add((String) r[3]);
                }
            }
        }
        java.util.Set<Long> named = new java.util.HashSet<>();
        notes.forEach(n -> named.add(n.leadOrganisationId()));
        organisations.values().forEach(named::addAll);
        Map<Long, String> acronyms = participation.acronyms(named);
        Map<Long, String> fundCodes = funds.fundCodes(notes.stream().map(NoteRow::fundId).distinct().toList());
        Map<Long, BigDecimal> averages = new java.util.HashMap<>();
        scored.forEach((note, sums) -> averages.put(note, NoteScores.average(sums[0], sums[1])));
        return notes.stream().map(n -> view(n, n.content(organisations.getOrDefault(n.id(), java.util.Set.of()),
                countries.getOrDefault(n.id(), java.util.Set.of()), objectives.getOrDefault(n.id(), java.util.Set.of()),
                principles.getOrDefault(n.id(), java.util.Set.of())), acronyms, fundCodes.get(n.fundId()),
                averages.get(n.id()))).toList();
    }

    /** Ids per statement in {@link #views}: far below every database's limit of bind parameters. */
    private static final int CHUNK = 1000;

    /** Each note's organisations (O), objectives (J), principles (P), countries (C) and scores (S), for many notes. */
    private static final String SETS = "select note_id, cast('O' as varchar(1)), organisation_id, cast(null as varchar(20))"
            + " from programming.concept_note_organisation where note_id in (:ids)"
            + " union all select note_id, cast('J' as varchar(1)), cast(objective_id as bigint), cast(null as varchar(20))"
            + " from programming.concept_note_objective where note_id in (:ids)"
            + " union all select note_id, cast('P' as varchar(1)), cast(principle_id as bigint), cast(null as varchar(20))"
            + " from programming.concept_note_principle where note_id in (:ids)"
            + " union all select note_id, cast('C' as varchar(1)), cast(null as bigint), cast(country_code as varchar(20))"
            + " from programming.concept_note_country where note_id in (:ids)"
            // S: the sum of the four criteria over scored reviews, and (as text, the column's type) how many.
            + " union all select note_id, cast('S' as varchar(1)), cast(sum(quality + principles + markers + balance) as bigint),"
            + " cast(count(*) as varchar(20)) from programming.note_review where note_id in (:ids) and scored_at is not null"
            + " group by note_id";

    private static NoteView view(NoteRow n, NoteContent c, Map<Long, String> acronyms, String fund, BigDecimal average) {
        Set<String> participants = new TreeSet<>();
        c.organisationIds().forEach(id -> participants.add(acronyms.getOrDefault(id, String.valueOf(id))));
        return new NoteView(n.id(), fund, n.callId(),
                acronyms.getOrDefault(n.leadOrganisationId(), String.valueOf(n.leadOrganisationId())),
                participants, c.title(), c.summary(), c.scope(), c.thematicArea(),
                MoneyView.of(Money.of(c.requestedBudget(), Money.currency(c.currency()))), c.durationMonths(),
                c.genderMarker(), c.humanRightsMarker(), c.childMarker(), new TreeSet<>(c.countries()),
                new TreeSet<>(c.objectives()), new TreeSet<>(c.principles()), n.status(),
                n.screeningReasons() == null ? List.of() : List.of(n.screeningReasons().split("\n")),
                n.submittedAt(), n.decisionId(), average == null ? null : average.toPlainString(), n.version());
    }
}
