package org.migrationmptf.programming.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.programming.api.NoteRequest;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.Scope;

/** What the concept note form holds while a focal point writes it; becomes a {@link NoteRequest}. */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long callId;
    private String title;
    private String summary;
    private String scope;
    private Integer thematicArea;
    private BigDecimal budget;
    private String currency = "USD";
    private Integer durationMonths;
    private Integer genderMarker;
    private Integer humanRightsMarker;
    private Integer childMarker;
    private List<String> partners = new ArrayList<>();
    private List<String> countries = new ArrayList<>();
    private List<Integer> objectives = new ArrayList<>();
    private List<Integer> principles = new ArrayList<>();

    /** The form filled from a saved note; the lead organisation is not among the partners. */
    static NoteForm of(NoteView note) {
        NoteForm form = new NoteForm();
        form.callId = note.callId();
        form.title = note.title();
        form.summary = note.summary();
        form.scope = note.scope() == null ? null : note.scope().name();
        form.thematicArea = note.thematicArea();
        form.budget = note.requestedBudget() == null ? null : new BigDecimal(note.requestedBudget().amount());
        form.currency = note.requestedBudget() == null ? "USD" : note.requestedBudget().currency();
        form.durationMonths = note.durationMonths();
        form.genderMarker = note.genderMarker();
        form.humanRightsMarker = note.humanRightsMarker();
        form.childMarker = note.childMarker();
        form.partners = new ArrayList<>(note.organisations().stream().filter(o -> !o.equals(note.lead())).sorted().toList());
        form.countries = new ArrayList<>(note.countries());
        form.objectives = new ArrayList<>(note.objectives().stream().sorted().toList());
        form.principles = new ArrayList<>(note.principles().stream().sorted().toList());
        return form;
    }

    NoteRequest request() {
        return new NoteRequest(callId, title, summary, Choices.of(Scope.class, scope), thematicArea,
                budget == null ? null : new MoneyInput(budget, currency == null ? null : currency.strip().toUpperCase()),
                durationMonths, genderMarker, humanRightsMarker, childMarker, new LinkedHashSet<>(partners),
                new LinkedHashSet<>(countries), new LinkedHashSet<>(objectives), new LinkedHashSet<>(principles));
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getThematicArea() {
        return thematicArea;
    }

    public void setThematicArea(Integer thematicArea) {
        this.thematicArea = thematicArea;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Integer getGenderMarker() {
        return genderMarker;
    }

    public void setGenderMarker(Integer genderMarker) {
        this.genderMarker = genderMarker;
    }

    public Integer getHumanRightsMarker() {
        return humanRightsMarker;
    }

    public void setHumanRightsMarker(Integer humanRightsMarker) {
        this.humanRightsMarker = humanRightsMarker;
    }

    public Integer getChildMarker() {
        return childMarker;
    }

    public void setChildMarker(Integer childMarker) {
        this.childMarker = childMarker;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners == null ? new ArrayList<>() : partners;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : countries;
    }

    public List<Integer> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<Integer> objectives) {
        this.objectives = objectives == null ? new ArrayList<>() : objectives;
    }

    public List<Integer> getPrinciples() {
        return principles;
    }

    public void setPrinciples(List<Integer> principles) {
        this.principles = principles == null ? new ArrayList<>() : principles;
    }
}
