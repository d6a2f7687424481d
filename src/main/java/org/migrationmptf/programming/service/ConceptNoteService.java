package org.migrationmptf.programming.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.persistence.ChangeNumbers;
import org.migrationmptf.platform.persistence.ReadOnlyLists;
import org.migrationmptf.platform.persistence.Where;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.ConceptNotes;
import org.migrationmptf.programming.api.NoteFilter;
import org.migrationmptf.programming.api.NoteRequest;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.Screening;
import org.migrationmptf.programming.domain.CallForNotes;
import org.migrationmptf.programming.domain.ConceptNote;
import org.migrationmptf.programming.domain.Eligibility;
import org.migrationmptf.programming.domain.NoteContent;

/**
 * Concept notes. A focal point drafts, edits and submits them for its organisation and sees the notes its
 * organisation takes part in (another organisation's note is "not found", not "forbidden": its existence is not
 * theirs to know); the FMU and auditors see all, the Steering Committee all but drafts.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.PUNO_FOCAL_POINT, Roles.AUDITOR})
public class ConceptNoteService implements ConceptNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    FundAdministration funds;

    @Inject
    Organisations organisations;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    @Inject
    Participation participation;

    @Inject
    NoteLookup lookup;

    @Inject
    NoteTotals totals;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public Page<NoteView> notes(NoteStatus status, PageRequest page) {
        ReadOnlyLists.inThisTransaction(em);
        return notes(new NoteFilter(status, null, null, null, null, null), page);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public Page<NoteView> notes(NoteFilter filter, PageRequest page) {
        ReadOnlyLists.inThisTransaction(em);
        Where where = where(filter);
        List<NoteLookup.NoteRow> rows = where.bind(em.createQuery("select " + NoteLookup.ROW + " from ConceptNote n"
                + where.clause() + " order by n.id desc", NoteLookup.NoteRow.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = totals.get(List.of(ChangeNumbers.current(em, ConceptNote.class), where.key()), () -> where.bind(
                em.createQuery("select count(n) from ConceptNote n" + where.clause(), Long.class)).getSingleResult());
        return Page.of(lookup.views(rows), page, total);
    }

    /** The filters the caller gave, and what the caller may see. */
    private Where where(NoteFilter f) {
        Where where = new Where();
        boolean all = currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.AUDITOR)
                || currentUser.hasRole(Roles.SC_MEMBER);
        if (!all) {
            where.and(":own member of n.organisationIds", "own", ownOrganisation().id());
        }
        if (!currentUser.hasRole(Roles.FUND_MANAGER) && !currentUser.hasRole(Roles.AUDITOR)
                && currentUser.hasRole(Roles.SC_MEMBER)) {
            where.and("n.status <> org.migrationmptf.programming.api.NoteStatus.DRAFT");
        }
        if (f.status() != null) {
            where.and("n.status = :status", "status", f.status());
        }
        if (f.fund() != null && !f.fund().isBlank()) {
            where.and("n.fundId = :fund", "fund", funds.fundId(f.fund().strip()));
        }
        if (f.call() != null) {
            where.and("n.call.id = :call", "call", f.call());
        }
        if (f.thematicArea() != null) {
            where.and("n.thematicArea = :area", "area", f.thematicArea());
        }
        if (f.organisation() != null && !f.organisation().isBlank()) {
            where.and(":organisation member of n.organisationIds",
                    "organisation", participation.organisationId(f.organisation(), "organisation"));
        }
        if (f.region() != null && !f.region().isBlank()) {
            List<String> regionCountries = referenceData.allCountries().stream()
                    .filter(c -> f.region().strip().equals(c.region())).map(c -> c.code()).toList();
            where.and("exists (select 1 from ConceptNote x join x.countries c where x = n and c in :regionCountries)",
                    "regionCountries", regionCountries.isEmpty() ? List.of("-") : regionCountries);
        }
        return where;
    }

    @Override
    public NoteView note(long id) {
        ConceptNote note = visible(id);
        return lookup.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public NoteView draft(NoteRequest r) {
        OrganisationView lead = ownOrganisation();
        CallForNotes call = em.find(CallForNotes.class, r.callId());
        if (call == null) {
            throw new RecordNotFoundException("callId", "No call for concept notes " + r.callId());
        }
        ConceptNote note = new ConceptNote(call, lead.id(), content(r, lead));
        em.persist(note);
        em.flush();
        return lookup.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public NoteView edit(long id, NoteRequest r) {
        ConceptNote note = ownDraft(id);
        if (!note.getCall().getId().equals(r.callId())) {
            throw new BusinessRuleException("callId", "A note stays with the call it was drafted for");
        }
        note.edit(content(r, ownOrganisation()));
        em.flush();
        return lookup.view(note, funds.fundById(note.getFundId()));
    }

    @Override
    public Screening screening(long id) {
        ConceptNote note = visible(id);
        FundView fund = funds.fundById(note.getFundId());
        List<String> problems = Eligibility.problems(note.getCall(), note.content(), fund.minimumOrganisations(),
                fund.reportingCurrency(), LocalDate.now());
        return new Screening(problems.isEmpty(), problems);
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public NoteView submit(long id) {
        ConceptNote note = ownDraft(id);
        FundView fund = funds.fundById(note.getFundId());
        note.submit(fund.minimumOrganisations(), fund.reportingCurrency(), LocalDate.now(), Instant.now());
        em.flush();
        return lookup.view(note, fund);
    }

    private NoteContent content(NoteRequest r, OrganisationView lead) {
        Set<Long> participants = new HashSet<>();
        participants.add(lead.id());
        if (r.organisations() != null) {
            for (String acronym : r.organisations()) {
                OrganisationView organisation;
                try {
                    organisation = organisations.organisation(acronym);
                } catch (RecordNotFoundException e) {
                    throw new BusinessRuleException("organisations", acronym + " is not a participating organisation");
                }
                participants.add(organisation.id());
            }
        }
        Set<String> countries = r.countries() == null ? Set.of() : new TreeSet<>(r.countries());
        for (String country : countries) {
            try {
                referenceData.country(country);
            } catch (RecordNotFoundException e) {
                throw new BusinessRuleException("countries", "No country has the code " + country);
            }
        }
        try {
            Money.currency(r.requestedBudget().currency());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("requestedBudget.currency", e.getMessage());
        }
        return new NoteContent(r.title(), r.summary(), r.scope(), r.thematicArea(), r.requestedBudget().amount(),
                r.requestedBudget().currency(), r.durationMonths(), r.genderMarker(), r.humanRightsMarker(),
                r.childMarker(), participants, countries,
                r.objectives() == null ? Set.of() : Set.copyOf(r.objectives()),
                r.principles() == null ? Set.of() : Set.copyOf(r.principles()));
    }

    /** A note the caller may see; others' are not found. */
    private ConceptNote visible(long id) {
        return lookup.visible(id);
    }

    /** A draft the caller's organisation leads. */
    private ConceptNote ownDraft(long id) {
        ConceptNote note = visible(id);
        if (note.getLeadOrganisationId() != ownOrganisation().id()) {
            throw new AccessDeniedException("Only the lead organisation edits and submits its concept note");
        }
        return note;
    }

    private OrganisationView ownOrganisation() {
        return participation.requireOwnOrganisation();
    }

}
