package org.migrationmptf.programming.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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
        return view(n, participation.acronyms(), fund.code(), NoteScores.of(em, List.of(n.getId())).get(n.getId()));
    }

    static NoteView view(ConceptNote n, Map<Long, String> acronyms, String fund, BigDecimal average) {
        NoteContent c = n.content();
        Set<String> participants = new TreeSet<>();
        c.organisationIds().forEach(id -> participants.add(acronyms.getOrDefault(id, String.valueOf(id))));
        return new NoteView(n.getId(), fund, n.getCall().getId(),
                acronyms.getOrDefault(n.getLeadOrganisationId(), String.valueOf(n.getLeadOrganisationId())),
                participants, c.title(), c.summary(), c.scope(), c.thematicArea(),
                MoneyView.of(Money.of(c.requestedBudget(), Money.currency(c.currency()))), c.durationMonths(),
                c.genderMarker(), c.humanRightsMarker(), c.childMarker(), new TreeSet<>(c.countries()),
                new TreeSet<>(c.objectives()), new TreeSet<>(c.principles()), n.getStatus(),
                n.getScreeningReasons() == null ? List.of() : List.of(n.getScreeningReasons().split("\n")),
                n.getSubmittedAt(), n.getDecisionId(), average == null ? null : average.toPlainString(), n.getVersion());
    }
}
