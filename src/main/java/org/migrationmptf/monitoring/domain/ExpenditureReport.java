package org.migrationmptf.monitoring.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * An organisation's expenditure on a programme in one year, by UNSDG budget category, due on the fund's date of
 * the next year. Its total can never exceed what the organisation holds of the programme's money; once accepted it
 * is booked in the ledger (and, for the last report, certifies the final expenditure).
 */
@Entity
@Table(name = "expenditure_report", schema = "monitoring")
public class ExpenditureReport extends ReportReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "last_report", nullable = false)
    private boolean last;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "journal_id")
    private Long journalId;

    @ElementCollection
    @CollectionTable(name = "expenditure_line", schema = "monitoring", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "category_code", length = 10)
    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private Map<String, BigDecimal> lines = new TreeMap<>();

    protected ExpenditureReport() {
    }

    public ExpenditureReport(long fundId, long programmeId, long organisationId, ReportingPeriod period) {
        this.fundId = fundId;
        this.programmeId = programmeId;
        this.organisationId = organisationId;
        this.year = Integer.parseInt(period.label());
        this.dueOn = period.dueOn();
        this.total = BigDecimal.ZERO;
    }

    /**
     * Submits the year's expenditure by category.
     *
     * @param available what the organisation holds of the programme's money and has not reported spent in other
     *                  reports (accepted or waiting)
     */
    public void submit(Map<String, BigDecimal> byCategory, boolean lastReport, BigDecimal available, String by,
                       Instant at) {
        BigDecimal sum = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(available) > 0) {
            throw new ConflictException("lines", "Expenditure of " + cents(sum) + " is more than the " + cents(available)
                    + " transferred to the organisation for this programme and not yet reported spent");
        }
        submitted(by, at);
        lines.clear();
        lines.putAll(byCategory);
        total = sum;
        last = lastReport;
    }

    /** The ledger journal that booked it, once accepted. */
    public void booked(long journal) {
        this.journalId = journal;
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
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

    public int getYear() {
        return year;
    }

    public boolean isLast() {
        return last;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getJournalId() {
        return journalId;
    }

    public Map<String, BigDecimal> getLines() {
        return new TreeMap<>(lines);
    }
}
