package org.migrationmptf.monitoring.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.monitoring.api.Disaggregation;
import org.migrationmptf.monitoring.api.Measure;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * How a result is measured: unit, measure, baseline and target, the dimensions its actual values are broken down by
 * (sex, age group, migration status) and the GCM objectives and SDG indicators it serves. It checks the actual
 * values a progress report gives it.
 */
@Entity
@Table(name = "indicator", schema = "monitoring")
public class Indicator extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false, updatable = false)
    private Result result;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 100)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Measure measure;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_text", length = 1000)
    private String baselineText;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_text", length = 1000)
    private String targetText;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "indicator_disaggregation", schema = "monitoring", joinColumns = @JoinColumn(name = "indicator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 20)
    private Set<Disaggregation> disaggregations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "indicator_objective", schema = "monitoring", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Integer> objectives = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "indicator_sdg", schema = "monitoring", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "sdg_code", nullable = false, length = 10)
    private Set<String> sdgIndicators = new HashSet<>();

    protected Indicator() {
    }

    public Indicator(Result result, String code, String title, String unit, Measure measure, int sortOrder) {
        this.programmeId = result.getProgrammeId();
        this.result = result;
        this.code = code.strip();
        this.title = title.strip();
        this.unit = unit.strip();
        this.measure = measure;
        this.sortOrder = sortOrder;
    }

    /** Baseline and target: numbers for numbers and percentages (at most 100), words for qualitative indicators. */
    public void measureFrom(BigDecimal baseline, String baselineWords, Integer year, BigDecimal target,
                            String targetWords, String field) {
        if (measure == Measure.QUALITATIVE) {
            if (baseline != null || target != null) {
                throw new BusinessRuleException(field, "Indicator " + code + " is qualitative: its baseline and target"
                        + " are words (baselineText, targetText), not numbers");
            }
        } else {
            checkNumber(baseline, field + ".baseline");
            checkNumber(target, field + ".target");
            if (target == null) {
                throw new BusinessRuleException(field + ".target", "Indicator " + code + " needs a numeric target");
            }
        }
        this.baselineValue = baseline;
        this.baselineText = blankToNull(baselineWords);
        this.baselineYear = year;
        this.targetValue = target;
        this.targetText = blankToNull(targetWords);
    }

    public void tag(Set<Disaggregation> dimensions, Set<Integer> gcmObjectives, Set<String> sdgs) {
        disaggregations.clear();
        disaggregations.addAll(dimensions);
        objectives.clear();
        objectives.addAll(gcmObjectives);
        sdgIndicators.clear();
        sdgIndicators.addAll(sdgs);
    }

    /**
     * Checks one actual value: its disaggregation is TOTAL or a category of a declared dimension, and the value
     * fits the measure.
     */
    public void checkActual(String disaggregation, BigDecimal value, String text, String field) {
        if (!Disaggregation.TOTAL.equals(disaggregation)) {
            String[] parts = disaggregation.split(":", 2);
            Disaggregation dimension = null;
            for (Disaggregation d : disaggregations) {
                if (d.name().equals(parts[0])) {
                    dimension = d;
                }
            }
            if (parts.length != 2 || dimension == null || !dimension.categories().contains(parts[1])) {
                throw new BusinessRuleException(field + ".disaggregation", "Indicator " + code + " is broken down by "
                        + (disaggregations.isEmpty() ? "nothing" : disaggregations) + ": " + disaggregation
                        + " is not one of its categories (write TOTAL or e.g. SEX:FEMALE)");
            }
        }
        if (measure == Measure.QUALITATIVE) {
            if (text == null || text.isBlank()) {
                throw new BusinessRuleException(field + ".text", "Indicator " + code + " is qualitative: say it in words");
            }
        } else {
            if (value == null) {
                throw new BusinessRuleException(field + ".value", "Indicator " + code + " is measured as a "
                        + measure.name().toLowerCase() + ": a value is required");
            }
            checkNumber(value, field + ".value");
        }
    }

    private void checkNumber(BigDecimal value, String field) {
        if (value != null && measure == Measure.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException(field, "Indicator " + code + " is a percentage: at most 100");
        }
        if (value != null && value.signum() < 0) {
            throw new BusinessRuleException(field, "cannot be negative");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Result getResult() {
        return result;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getUnit() {
        return unit;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public String getBaselineText() {
        return baselineText;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetText() {
        return targetText;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<Disaggregation> getDisaggregations() {
        return disaggregations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(disaggregations));
    }

    public Set<Integer> getObjectives() {
        return Collections.unmodifiableSet(new TreeSet<>(objectives));
    }

    public Set<String> getSdgIndicators() {
        return Collections.unmodifiableSet(new TreeSet<>(sdgIndicators));
    }
}
