package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.DecisionFilter;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.GuidingPrincipleView;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationStatus;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.CallView;
import org.migrationmptf.programming.api.CallsForNotes;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.ConceptNotes;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.NoteReviews;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.ReviewRequest;
import org.migrationmptf.programming.api.ReviewerAssignment;
import org.migrationmptf.programming.api.Screening;

/**
 * One concept note ({@code note.xhtml?id=7}, or {@code note.xhtml?call=3} for a new one). The lead organisation's
 * focal point writes the draft, checks its eligibility against the call before submitting (the same screening
 * submission applies) and submits it. Then the FMU assigns reviewers, reviewers score it, the FMU or the committee
 * records the committee's endorsement or rejection (on its decision), and the FMU invites a pipeline note to a full
 * programme document.
 */
@Named
@ViewScoped
public class NotePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NOTE = "CONCEPT_NOTE";

    @Inject
    ConceptNotes notes;

    @Inject
    ConceptNoteReviews reviews;

    @Inject
    CallsForNotes calls;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    Organisations organisations;

    @Inject
    DecisionRegister decisions;

    @Inject
    CurrentUser currentUser;

    private String fund;
    private Long id;
    private Long call;
    private NoteView note;
    private NoteForm form = new NoteForm();
    private Screening screening;
    private NoteReviews noteReviews;
    private List<DecisionView> noteDecisions = List.of();
    private String ownOrganisation;

    private List<CallView> callChoices;
    private List<ThematicAreaView> areas;
    private List<String> partnerChoices;
    private List<CountryView> countries;
    private List<GcmObjectiveView> objectives;
    private List<GuidingPrincipleView> principles;

    private String reviewers;
    private Integer quality;
    private Integer principlesScore;
    private Integer markersScore;
    private Integer balance;
    private String comment;
    private Long decisionId;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        ownOrganisation = currentUser.hasRole(Roles.PUNO_FOCAL_POINT)
                ? organisations.organisationOf(currentUser.getName()).map(OrganisationView::acronym).orElse(null) : null;
        if (id != null) {
            note = notes.note(id);
            fund = note.fund();
            form = NoteForm.of(note);
            refreshFollowUp();
        } else {
            form.setCallId(call);
        }
        if (isEditable()) {
            callChoices = new ArrayList<>(calls.calls(fund, CallStatus.OPEN, new PageRequest(0, PageRequest.MAX_SIZE)).items());
            if (note != null && callChoices.stream().noneMatch(c -> c.id() == note.callId())) {
                callChoices.add(0, calls.call(fund, note.callId()));
            }
            partnerChoices = organisations.organisations(new OrganisationFilter(OrganisationStatus.ACTIVE, null),
                    new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(OrganisationView::acronym)
                    .filter(a -> !a.equals(ownOrganisation)).sorted().toList();
            countries = referenceData.allCountries();
            principles = referenceData.guidingPrinciples();
        }
        areas = funds.thematicAreas(fund);
        objectives = referenceData.gcmObjectives();
    }

    /** Saves the draft (a new one the first time). */
    public void save() {
        if (write()) {
            FacesErrors.done(PageTexts.text("note.saved"));
        }
    }

    /** Saves the draft and shows what screening would say now, before anything is submitted. */
    public void checkEligibility() {
        if (write()) {
            try {
                screening = notes.screening(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e, inputs());
            }
        }
    }

    /** Saves and submits: screening decides between review and ineligible. */
    public void submit() {
        if (write()) {
            try {
                note = notes.submit(id);
                screening = null;
                refreshFollowUp();
                FacesErrors.done(PageTexts.text(note.status() == NoteStatus.UNDER_REVIEW ? "note.submitted"
                        : "note.ineligible"));
            } catch (RuntimeException e) {
                FacesErrors.show(e, inputs());
            }
        }
    }

    private boolean write() {
        try {
            note = id == null ? notes.draft(form.request()) : notes.edit(id, form.request());
            id = note.id();
            screening = null;
            return true;
        } catch (RuntimeException e) {
            screening = null;
            FacesErrors.show(e, inputs());
            return false;
        }
    }

    private static Inputs inputs() {
        return Inputs.of("noteForm", "callId", "call", "title", "title", "summary", "summary", "scope", "scope",
                "thematicArea", "area", "requestedBudget", "budget", "durationMonths", "duration",
                "genderMarker", "gender", "humanRightsMarker", "humanRights", "childMarker", "child",
                "organisations", "partners", "countries", "countries", "objectives", "objectives",
                "principles", "principles");
    }

    public void assignReviewers() {
        act(() -> {
            List<String> names = reviewers == null ? List.of() : Arrays.stream(reviewers.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            noteReviews = reviews.assignReviewers(id, new ReviewerAssignment(names));
            reviewers = null;
        }, "note.reviewersAssigned", Inputs.of("reviewersForm", "reviewers", "reviewers"));
    }

    public void score() {
        act(() -> {
            noteReviews = reviews.review(id, new ReviewRequest(quality, principlesScore, markersScore, balance, comment));
            note = notes.note(id);
        }, "note.scored", Inputs.of("scoreForm", "quality", "quality", "principles", "principles",
                "markers", "markers", "balance", "balance", "comment", "comment"));
    }

    public void endorse() {
        act(() -> note = reviews.endorse(id, new DecisionReference(decisionId)), "note.endorsed", decisionInputs());
    }

    public void reject() {
        act(() -> note = reviews.reject(id, new DecisionReference(decisionId)), "note.rejected", decisionInputs());
    }

    public void invite() {
        act(() -> note = reviews.invite(id), "note.invited", Inputs.of("decideForm"));
    }

    private static Inputs decisionInputs() {
        return Inputs.of("decideForm", "decisionId", "decisionId");
    }

    private void act(Runnable step, String doneKey, Inputs inputs) {
        try {
            step.run();
            refreshFollowUp();
            FacesErrors.done(PageTexts.text(doneKey));
        } catch (RuntimeException e) {
            FacesErrors.show(e, inputs);
        }
    }

    private void refreshFollowUp() {
        noteReviews = isReviewReader() && note.status() != NoteStatus.DRAFT ? reviews.reviews(note.id()) : null;
        noteDecisions = isDecisionReader() ? decisions.decisions(note.fund(),
                new DecisionFilter(null, null, null, null, NOTE, note.id()), new PageRequest(0, PageRequest.MAX_SIZE))
                .items() : List.of();
    }

    /** The lead organisation's focal point writes a new note or its draft. */
    public boolean isEditable() {
        return currentUser.hasRole(Roles.PUNO_FOCAL_POINT) && ownOrganisation != null
                && (note == null || note.status() == NoteStatus.DRAFT && ownOrganisation.equals(note.lead()));
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    /** The FMU or the committee records the committee's decision on a note under review. */
    public boolean isDecider() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER);
    }

    public boolean isReviewReader() {
        return isDecider() || currentUser.hasRole(Roles.AUDITOR);
    }

    public boolean isDecisionReader() {
        return isDecider() || currentUser.hasRole(Roles.ADMIN_AGENT) || currentUser.hasRole(Roles.AUDITOR);
    }

    /** The user is an assigned reviewer of a note still under review. */
    public boolean isReviewer() {
        return note != null && note.status() == NoteStatus.UNDER_REVIEW && noteReviews != null
                && noteReviews.reviews().stream().anyMatch(r -> r.reviewer().equals(currentUser.getName()));
    }

    public String areaName(Integer number) {
        if (number == null) {
            return "";
        }
        return Optional.ofNullable(areas).flatMap(list -> list.stream().filter(a -> a.number() == number).findFirst())
                .map(a -> number + ". " + a.name()).orElse(String.valueOf(number));
    }

    public String objectiveTitle(Integer number) {
        return Optional.ofNullable(objectives).flatMap(list -> list.stream().filter(o -> o.number() == number).findFirst())
                .map(o -> number + ". " + o.title()).orElse(String.valueOf(number));
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public NoteView getNote() {
        return note;
    }

    public NoteForm getForm() {
        return form;
    }

    public Screening getScreening() {
        return screening;
    }

    public NoteReviews getNoteReviews() {
        return noteReviews;
    }

    public List<DecisionView> getNoteDecisions() {
        return noteDecisions;
    }

    public String getOwnOrganisation() {
        return ownOrganisation;
    }

    public List<CallView> getCallChoices() {
        return callChoices;
    }

    public List<ThematicAreaView> getAreas() {
        return areas;
    }

    public List<String> getPartnerChoices() {
        return partnerChoices;
    }

    public List<CountryView> getCountries() {
        return countries;
    }

    public List<GcmObjectiveView> getObjectives() {
        return objectives;
    }

    public List<GuidingPrincipleView> getPrinciples() {
        return principles;
    }

    public String getReviewers() {
        return reviewers;
    }

    public void setReviewers(String reviewers) {
        this.reviewers = reviewers;
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public Integer getPrinciplesScore() {
        return principlesScore;
    }

    public void setPrinciplesScore(Integer principlesScore) {
        this.principlesScore = principlesScore;
    }

    public Integer getMarkersScore() {
        return markersScore;
    }

    public void setMarkersScore(Integer markersScore) {
        this.markersScore = markersScore;
    }

    public Integer getBalance() {
        return balance;
    }

    public void setBalance(Integer balance) {
        this.balance = balance;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }
}
