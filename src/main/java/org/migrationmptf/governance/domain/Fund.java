package org.migrationmptf.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.governance.api.ProgressReporting;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;

/**
 * A pooled fund run in this installation. Its rules are data, not code: the Administrative Agent's fee, the cap
 * on indirect support costs, the resource mobilisation target, the operating reserve, when reports are due, the
 * limits a concept note must respect and the Steering Committee's quorum. The Migration MPTF (code MIG) is seeded;
 * another fund is created by the Fund Management Unit with its own parameters and thematic areas.
 */
@Entity
@Table(name = "fund", schema = "governance")
@NamedQuery(name = "Fund.findByCode", query = "select f from Fund f where f.code = :code")
@NamedQuery(name = "Fund.findAll", query = "select f from Fund f order by f.code")
@NamedQuery(name = "Fund.count", query = "select count(f) from Fund f")
public class Fund extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "reporting_currency", nullable = false, length = 3, updatable = false)
    private String reportingCurrency;

    @Column(name = "aa_fee_rate", nullable = false, precision = 7, scale = 6)
    private BigDecimal administrativeAgentFeeRate;

    @Column(name = "indirect_cost_cap_rate", nullable = false, precision = 7, scale = 6)
    private BigDecimal indirectCostCapRate;

    @Column(name = "mobilisation_target", nullable = false, precision = 19, scale = 4)
    private BigDecimal mobilisationTarget;

    @Column(name = "operating_reserve", nullable = false, precision = 19, scale = 4)
    private BigDecimal operatingReserve;

    @Column(name = "expenditure_report_due_month", nullable = false)
    private int expenditureReportDueMonth;

    @Column(name = "expenditure_report_due_day", nullable = false)
    private int expenditureReportDueDay;

    @Column(name = "progress_report_due_month", nullable = false)
    private int progressReportDueMonth;

    @Column(name = "progress_report_due_day", nullable = false)
    private int progressReportDueDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_reporting", nullable = false, length = 12)
    private ProgressReporting progressReporting;

    @Column(name = "min_organisations", nullable = false)
    private int minimumOrganisations;

    @Column(name = "note_budget_ceiling", nullable = false, precision = 19, scale = 4)
    private BigDecimal conceptNoteBudgetCeiling;

    @Column(name = "note_max_duration_months", nullable = false)
    private int conceptNoteMaxDurationMonths;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @OneToMany(mappedBy = "fund", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ThematicArea> thematicAreas = new ArrayList<>();

    protected Fund() {
    }

    public Fund(String code, String name, String reportingCurrency, FundParameters parameters) {
        this.code = code;
        this.name = name;
        this.reportingCurrency = reportingCurrency;
        apply(parameters);
    }

    /** Changes the fund's parameters; they apply to what is recorded from now on, never to what was booked. */
    public void changeParameters(String newName, FundParameters parameters) {
        this.name = newName;
        apply(parameters);
    }

    private void apply(FundParameters p) {
        p.check();
        this.administrativeAgentFeeRate = p.administrativeAgentFeeRate();
        this.indirectCostCapRate = p.indirectCostCapRate();
        this.mobilisationTarget = p.mobilisationTarget();
        this.operatingReserve = p.operatingReserve();
        this.expenditureReportDueMonth = p.expenditureReportDue().getMonthValue();
        this.expenditureReportDueDay = p.expenditureReportDue().getDayOfMonth();
        this.progressReportDueMonth = p.progressReportDue().getMonthValue();
        this.progressReportDueDay = p.progressReportDue().getDayOfMonth();
        this.progressReporting = p.progressReporting();
        this.minimumOrganisations = p.minimumOrganisations();
        this.conceptNoteBudgetCeiling = p.conceptNoteBudgetCeiling();
        this.conceptNoteMaxDurationMonths = p.conceptNoteMaxDurationMonths();
        this.quorumPercent = p.quorumPercent();
    }

    /** Adds a thematic area, numbered after the last one. */
    public ThematicArea addThematicArea(String areaName) {
        if (thematicAreas.stream().anyMatch(a -> a.getName().equalsIgnoreCase(areaName.strip()))) {
            throw new BusinessRuleException("name", "This fund already has a thematic area named " + areaName);
        }
        int number = thematicAreas.stream().mapToInt(ThematicArea::getNumber).max().orElse(0) + 1;
        ThematicArea area = new ThematicArea(this, number, areaName.strip());
        thematicAreas.add(area);
        return area;
    }

    public ThematicArea thematicArea(int number) {
        return findThematicArea(number).orElseThrow(() -> new RecordNotFoundException("area",
                "Fund " + code + " has no thematic area " + number));
    }

    public Optional<ThematicArea> findThematicArea(int number) {
        return thematicAreas.stream().filter(a -> a.getNumber() == number).findFirst();
    }

    /** The number of Steering Committee members who must be present, out of those serving. */
    public int quorumOf(int membersServing) {
        return Math.max(1, (membersServing * quorumPercent + 99) / 100);
    }

    public FundParameters parameters() {
        return new FundParameters(administrativeAgentFeeRate, indirectCostCapRate, mobilisationTarget,
                operatingReserve, MonthDay.of(expenditureReportDueMonth, expenditureReportDueDay),
                MonthDay.of(progressReportDueMonth, progressReportDueDay), progressReporting, minimumOrganisations,
                conceptNoteBudgetCeiling, conceptNoteMaxDurationMonths, quorumPercent);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getReportingCurrency() {
        return reportingCurrency;
    }

    public List<ThematicArea> getThematicAreas() {
        return Collections.unmodifiableList(thematicAreas);
    }
}
