package org.migrationmptf.monitoring.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.migrationmptf.monitoring.api.NarrativeSection;

/**
 * A programme's progress report for one period: what happened, in narrative sections, and the actual value of its
 * indicators. One per programme and period, submitted by a focal point of a participating organisation.
 */
@Entity
@Table(name = "progress_report", schema = "monitoring")
public class ProgressReport extends ReportReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 7, updatable = false)
    private String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @ElementCollection
    @CollectionTable(name = "progress_narrative", schema = "monitoring", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "section_text", nullable = false, length = 20000)
    private Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);

    @ElementCollection
    @CollectionTable(name = "progress_actual", schema = "monitoring", joinColumns = @JoinColumn(name = "report_id"))
    private Set<ActualValue> actuals = new HashSet<>();

    protected ProgressReport() {
    }

    public ProgressReport(long fundId, long programmeId, ReportingPeriod period) {
        this.fundId = fundId;
        this.programmeId = programmeId;
        this.period = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueOn = period.dueOn();
    }

    /** Submits (or, after a return, submits again) the report's content. */
    public void submit(long organisation, Map<NarrativeSection, String> sections, Collection<ActualValue> values,
                       String by, Instant at) {
        submitted(by, at);
        this.organisationId = organisation;
        narrative.clear();
        sections.forEach((section, text) -> narrative.put(section, text.strip()));
        actuals.clear();
        actuals.addAll(values);
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Map<NarrativeSection, String> getNarrative() {
        return narrative.isEmpty() ? Map.of() : new EnumMap<>(narrative);
    }

    public Set<ActualValue> getActuals() {
        return Set.copyOf(actuals);
    }
}
