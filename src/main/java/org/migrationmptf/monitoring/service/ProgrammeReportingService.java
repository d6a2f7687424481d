package org.migrationmptf.monitoring.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ProgressReporting;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.mobilisation.api.ExpenditureRequest;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.ProgrammeMoney;
import org.migrationmptf.monitoring.api.ActualInput;
import org.migrationmptf.monitoring.api.CalendarEntry;
import org.migrationmptf.monitoring.api.CalendarFilter;
import org.migrationmptf.monitoring.api.Disaggregation;
import org.migrationmptf.monitoring.api.ExpenditureLineInput;
import org.migrationmptf.monitoring.api.ExpenditureReportRequest;
import org.migrationmptf.monitoring.api.ExpenditureReportView;
import org.migrationmptf.monitoring.api.IndicatorInput;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ProgressReportRequest;
import org.migrationmptf.monitoring.api.ProgressReportView;
import org.migrationmptf.monitoring.api.ReportKind;
import org.migrationmptf.monitoring.api.ReportStatus;
import org.migrationmptf.monitoring.api.ResultInput;
import org.migrationmptf.monitoring.api.ResultsFrameworkRequest;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.monitoring.api.ReviewDecision;
import org.migrationmptf.monitoring.domain.ActualValue;
import org.migrationmptf.monitoring.domain.ExpenditureReport;
import org.migrationmptf.monitoring.domain.Indicator;
import org.migrationmptf.monitoring.domain.ProgressReport;
import org.migrationmptf.monitoring.domain.ReportingPeriod;
import org.migrationmptf.monitoring.domain.Result;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.persistence.ReadOnlyLists;
import org.migrationmptf.platform.persistence.WholeFundReads;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.FinalExpenditureRequest;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeFunding;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.migrationmptf.programming.api.ProgrammeView;

/**
 * Results frameworks, progress and expenditure reports, and the reporting calendar. Who may read a programme's
 * reports is who may read the programme (programming answers 404 otherwise); a focal point reports only for its
 * own organisation; the FMU reviews. An accepted expenditure report is booked in the ledger, so the funding
 * status's balance with organisations and delivery rate follow it.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class ProgrammeReportingService implements ProgrammeReporting {

    private static final Set<ProgrammeStatus> REPORTING = Set.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE,
            ProgrammeStatus.SUSPENDED, ProgrammeStatus.OPERATIONALLY_CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    JointProgrammes programmes;

    @Inject
    ProgrammeFunding funding;

    @Inject
    FundAdministration funds;

    @Inject
    FundMoney fundMoney;

    @Inject
    Organisations organisations;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    @Inject
    WholeFundReads wholeFundReads;

    @Override
    public ResultsFrameworkView resultsFramework(long programmeId) {
        programmes.requireVisible(programmeId);
        return ResultsViews.framework(em, programmeId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public java.util.Map<Long, ResultsFrameworkView> resultsFrameworks(java.util.List<Long> programmeIds) {
        ReadOnlyLists.inThisTransaction(em); // thousands of indicators with their sets, nothing to flush
        java.util.Set<Long> visible = programmes.visibleAmong(programmeIds);
        return ResultsViews.frameworks(em, programmeIds.stream().filter(visible::contains).toList());
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    public ResultsFrameworkView setResultsFramework(long programmeId, ResultsFrameworkRequest request) {
        ProgrammeView programme = programmes.programme(programmeId);
        if (!currentUser.hasRole(Roles.FUND_MANAGER) && !ownAcronym().equals(programme.lead())) {
            throw new AccessDeniedException("The lead organisation's focal point or the FMU sets the results framework");
        }
        if (programme.status() == ProgrammeStatus.CANCELLED || programme.status() == ProgrammeStatus.FINANCIALLY_CLOSED) {
            throw new ConflictException("The programme is " + programme.status() + ": its results framework is final");
        }
        long reports = em.createQuery("select count(r) from ProgressReport r where r.programmeId = :p", Long.class)
                .setParameter("p", programmeId).getSingleResult();
        if (reports > 0) {
            throw new ConflictException("Programme " + programmeId + " has progress reports against its indicators:"
                    + " the framework no longer changes");
        }
        replaceFramework(programmeId, request);
        em.flush();
        return ResultsViews.framework(em, programmeId);
    }

    private void replaceFramework(long programmeId, ResultsFrameworkRequest request) {
        em.createQuery("select i from Indicator i where i.programmeId = :p", Indicator.class)
                .setParameter("p", programmeId).getResultList().forEach(em::remove);
        List<Result> old = em.createQuery("select r from Result r where r.programmeId = :p", Result.class)
                .setParameter("p", programmeId).getResultList();
        old.stream().filter(r -> r.getParent() != null).forEach(em::remove);
        em.flush();
        old.stream().filter(r -> r.getParent() == null).forEach(em::remove);
        em.flush();
        Set<String> resultCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int o = 0; o < request.outcomes().size(); o++) {
            ResultInput in = request.outcomes().get(o);
            String field = "outcomes[" + o + "]";
            Result outcome = Result.outcome(programmeId, unique(resultCodes, in.code(), field), in.statement(), o);
            em.persist(outcome);
            indicators(outcome, in.indicators(), field, indicatorCodes);
            List<ResultInput> outputs = in.outputs() == null ? List.of() : in.outputs();
            for (int p = 0; p < outputs.size(); p++) {
                ResultInput out = outputs.get(p);
                String outField = field + ".outputs[" + p + "]";
                if (out.outputs() != null && !out.outputs().isEmpty()) {
                    throw new BusinessRuleException(outField + ".outputs", "An output has indicators, not outputs");
                }
                Result output = outcome.output(unique(resultCodes, out.code(), outField), out.statement(), p);
                em.persist(output);
                indicators(output, out.indicators(), outField, indicatorCodes);
            }
        }
    }

    private void indicators(Result result, List<IndicatorInput> inputs, String field, Set<String> codes) {
        if (inputs == null) {
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            String at = field + ".indicators[" + i + "]";
            Indicator indicator = new Indicator(result, unique(codes, in.code(), at), in.title(), in.unit(), in.measure(), i);
            indicator.measureFrom(in.baseline(), in.baselineText(), in.baselineYear(), in.target(), in.targetText(), at);
            Set<String> sdgs = in.sdgIndicators() == null ? Set.of() : Set.copyOf(in.sdgIndicators());
            Set<String> known = new HashSet<>();
            referenceData.sdgIndicators().forEach(s -> known.add(s.code()));
            for (String sdg : sdgs) {
                if (!known.contains(sdg)) {
                    throw new BusinessRuleException(at + ".sdgIndicators", sdg + " is not one of the fund's SDG indicators "
                            + known);
                }
            }
            indicator.tag(in.disaggregations() == null ? Set.of() : Set.copyOf(in.disaggregations()),
                    in.gcmObjectives() == null ? Set.of() : Set.copyOf(in.gcmObjectives()), sdgs);
            em.persist(indicator);
        }
    }

    private static String unique(Set<String> codes, String code, String field) {
        if (!codes.add(code.strip())) {
            throw new BusinessRuleException(field + ".code", "Code " + code + " is used twice in this framework");
        }
        return code;
    }

    @Override
    public List<ProgressReportView> progressReports(long programmeId) {
        programmes.requireVisible(programmeId);
        List<ProgressReport> reports = em.createQuery("select r from ProgressReport r where r.programmeId = :p"
                + " order by r.periodStart", ProgressReport.class).setParameter("p", programmeId).getResultList();
        // The programme's indicator codes and the reporting organisations' acronyms once for the list, not per report.
        Map<Long, String> codes = indicatorCodes(programmeId);
        Map<Long, String> acronyms = organisations.acronyms(reports.stream().map(ProgressReport::getOrganisationId)
                .collect(Collectors.toSet()));
        return reports.stream().map(r -> ResultsViews.progress(r, codes, acronyms)).toList();
    }

    @Override
    public ProgressReportView progressReport(long programmeId, long reportId) {
        programmes.requireVisible(programmeId);
        ProgressReport report = progress(programmeId, reportId);
        return ResultsViews.progress(report, indicatorCodes(programmeId), acronyms(report.getOrganisationId()));
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ProgressReportView submitProgressReport(long programmeId, ProgressReportRequest r) {
        ProgrammeView programme = programmes.programme(programmeId);
        OrganisationView own = ownOrganisation();
        if (!programme.organisations().contains(own.acronym())) {
            throw new AccessDeniedException(own.acronym() + " does not take part in programme " + programmeId);
        }
        requireReporting(programme);
        FundView fund = funds.fund(programme.fund());
        ReportingPeriod period = ReportingPeriod.named(ReportingPeriod.progress(programme.startsOn(), programme.endsOn(),
                fund.progressReporting() == ProgressReporting.SEMI_ANNUAL, MonthDay.parse("--" + fund.progressReportDue()),
                LocalDate.now()), r.period(), "period");
        Map<String, Indicator> indicators = new HashMap<>();
        em.createQuery("select i from Indicator i where i.programmeId = :p", Indicator.class)
                .setParameter("p", programmeId).getResultList().forEach(i -> indicators.put(i.getCode(), i));
        List<ActualValue> actuals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ActualInput> inputs = r.actuals() == null ? List.of() : r.actuals();
        for (int i = 0; i < inputs.size(); i++) {
            ActualInput in = inputs.get(i);
            String field = "actuals[" + i + "]";
            Indicator indicator = indicators.get(in.indicator().strip());
            if (indicator == null) {
                throw new BusinessRuleException(field + ".indicator", "Programme " + programmeId + " has no indicator "
                        + in.indicator() + " in its results framework");
            }
            String disaggregation = in.disaggregation() == null || in.disaggregation().isBlank() ? Disaggregation.TOTAL
                    : in.disaggregation().strip().toUpperCase(java.util.Locale.ROOT);
            indicator.checkActual(disaggregation, in.value(), in.text(), field);
            if (!seen.add(indicator.getCode() + "/" + disaggregation)) {
                throw new BusinessRuleException(field, indicator.getCode() + " " + disaggregation + " is given twice");
            }
            actuals.add(new ActualValue(indicator.getId(), disaggregation, in.value(),
                    in.text() == null || in.text().isBlank() ? null : in.text().strip()));
        }
        List<ProgressReport> existing = em.createQuery("select r from ProgressReport r where r.programmeId = :p"
                + " and r.period = :period", ProgressReport.class).setParameter("p", programmeId)
                .setParameter("period", period.label()).getResultList();
        ProgressReport report = existing.isEmpty() ? new ProgressReport(fund.id(), programmeId, period) : existing.get(0);
        report.submit(own.id(), r.narrative(), actuals, currentUser.getName(), Instant.now());
        if (existing.isEmpty()) {
            em.persist(report);
        }
        em.flush();
        return ResultsViews.progress(report, indicatorCodes(programmeId), acronyms(report.getOrganisationId()));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ProgressReportView reviewProgressReport(long programmeId, long reportId, ReviewDecision decision) {
        programmes.requireVisible(programmeId);
        ProgressReport report = progress(programmeId, reportId);
        report.review(decision.accept(), decision.comment(), currentUser.getName(), Instant.now());
        em.flush();
        return ResultsViews.progress(report, indicatorCodes(programmeId), acronyms(report.getOrganisationId()));
    }

    @Override
    public List<ExpenditureReportView> expenditureReports(long programmeId) {
        ProgrammeView programme = programmes.programme(programmeId);
        return em.createQuery("select r from ExpenditureReport r where r.programmeId = :p order by r.year, r.id",
                ExpenditureReport.class).setParameter("p", programmeId).getResultList().stream()
                .map(r -> ResultsViews.expenditure(r, acronyms(r.getOrganisationId()), programme.budget().currency())).toList();
    }

    @Override
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    public ExpenditureReportView submitExpenditureReport(long programmeId, ExpenditureReportRequest r) {
        ProgrammeView programme = programmes.programme(programmeId);
        OrganisationView own = ownOrganisation();
        if (!own.acronym().equalsIgnoreCase(r.organisation().strip())) {
            throw new AccessDeniedException("A focal point reports expenditure for its own organisation only ("
                    + own.acronym() + ")");
        }
        if (!programme.organisations().contains(own.acronym())) {
            throw new BusinessRuleException("organisation", own.acronym() + " does not take part in programme " + programmeId);
        }
        requireReporting(programme);
        FundView fund = funds.fund(programme.fund());
        ReportingPeriod period = ReportingPeriod.named(ReportingPeriod.expenditure(programme.startsOn(),
                programme.endsOn(), MonthDay.parse("--" + fund.expenditureReportDue()), LocalDate.now()),
                String.valueOf(r.year()), "year");
        Map<String, BigDecimal> byCategory = categories(r.lines());
        List<ExpenditureReport> existing = em.createQuery("select r from ExpenditureReport r where r.programmeId = :p"
                + " and r.organisationId = :o and r.year = :y", ExpenditureReport.class).setParameter("p", programmeId)
                .setParameter("o", own.id()).setParameter("y", r.year()).getResultList();
        ExpenditureReport report = existing.isEmpty()
                ? new ExpenditureReport(fund.id(), programmeId, own.id(), period) : existing.get(0);
        report.submit(byCategory, r.last(), available(programme, own.id(), report), currentUser.getName(), Instant.now());
        if (existing.isEmpty()) {
            em.persist(report);
        }
        em.flush();
        return ResultsViews.expenditure(report, acronyms(report.getOrganisationId()), programme.budget().currency());
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public ExpenditureReportView reviewExpenditureReport(long programmeId, long reportId, ReviewDecision decision) {
        ProgrammeView programme = programmes.programme(programmeId);
        ExpenditureReport report = em.find(ExpenditureReport.class, reportId);
        if (report == null || report.getProgrammeId() != programmeId) {
            throw new RecordNotFoundException("reportId", "Programme " + programmeId + " has no expenditure report " + reportId);
        }
        report.review(decision.accept(), decision.comment(), currentUser.getName(), Instant.now());
        if (decision.accept() && report.getTotal().signum() > 0) {
            String acronym = acronym(report.getOrganisationId());
            LocalDate periodEnd = LocalDate.of(report.getYear(), 12, 31);
            JournalView journal = fundMoney.recordExpenditure(programme.fund(), new ExpenditureRequest(programmeId,
                    acronym, periodEnd.isAfter(LocalDate.now()) ? LocalDate.now() : periodEnd,
                    new MoneyInput(report.getTotal(), programme.budget().currency()),
                    "Expenditure " + report.getYear() + " of " + acronym + " on programme " + programmeId),
                    "expenditure-report:" + report.getId());
            report.booked(journal.id());
        }
        if (decision.accept() && report.isLast()) {
            BigDecimal certified = em.createQuery("select coalesce(sum(r.total), 0) from ExpenditureReport r"
                    + " where r.programmeId = :p and r.organisationId = :o and r.status = :accepted", BigDecimal.class)
                    .setParameter("p", programmeId).setParameter("o", report.getOrganisationId())
                    .setParameter("accepted", ReportStatus.ACCEPTED).getSingleResult();
            em.flush();
            funding.reportFinalExpenditure(programmeId, new FinalExpenditureRequest(
                    acronym(report.getOrganisationId()),
                    new FinalExpenditureRequest.Spent(certified, programme.budget().currency())));
        }
        em.flush();
        return ResultsViews.expenditure(report, acronyms(report.getOrganisationId()), programme.budget().currency());
    }

    /**
     * What an organisation may still report spent: received, less returned, less booked expenditure, less what its
     * other reports waiting for review claim.
     */
    private BigDecimal available(ProgrammeView programme, long organisation, ExpenditureReport report) {
        ProgrammeMoney money = fundMoney.programmeMoney(programme.fund(), programme.id());
        BigDecimal holds = money.organisations().stream().filter(o -> o.organisationId() == organisation)
                .map(o -> new BigDecimal(o.transferred().amount()).subtract(new BigDecimal(o.refunded().amount()))
                        .subtract(new BigDecimal(o.expenditure().amount())))
                .findFirst().orElse(BigDecimal.ZERO);
        BigDecimal waiting = em.createQuery("select coalesce(sum(r.total), 0) from ExpenditureReport r"
                        + " where r.programmeId = :p and r.organisationId = :o and r.status = :submitted"
                        + " and r.id <> :self", BigDecimal.class)
                .setParameter("p", programme.id()).setParameter("o", organisation)
                .setParameter("submitted", ReportStatus.SUBMITTED).setParameter("self", report.getId() == null ? -1L : report.getId())
                .getSingleResult();
        return holds.subtract(waiting).max(BigDecimal.ZERO);
    }

    private Map<String, BigDecimal> categories(List<ExpenditureLineInput> lines) {
        Set<String> known = new HashSet<>();
        referenceData.budgetCategories().stream().map(BudgetCategoryView::code).forEach(known::add);
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String category = lines.get(i).category().strip().toUpperCase(java.util.Locale.ROOT);
            if (!known.contains(category)) {
                throw new BusinessRuleException("lines[" + i + "].category", category
                        + " is not a UNSDG budget category (1 to 7, or ISC)");
            }
            if (byCategory.put(category, lines.get(i).amount()) != null) {
                throw new BusinessRuleException("lines[" + i + "].category", "Category " + category + " is given twice");
            }
        }
        return byCategory;
    }

    @Override
    public Page<CalendarEntry> calendar(String fundCode, CalendarFilter filter, PageRequest page) {
        List<CalendarEntry> shown = entries(funds.fund(fundCode), filter);
        List<CalendarEntry> slice = shown.subList(Math.min(page.offset(), shown.size()),
                Math.min(page.offset() + page.size(), shown.size()));
        return Page.of(slice, page, shown.size());
    }

    @Override
    public Map<ReportKind, Long> overdueByKind(String fundCode) {
        Map<ReportKind, Long> counts = new java.util.EnumMap<>(ReportKind.class);
        entries(funds.fund(fundCode), new CalendarFilter(true, null, null, null))
                .forEach(e -> counts.merge(ReportKind.valueOf(e.kind()), 1L, Long::sum));
        return counts;
    }

    /**
     * The calendar's entries that pass the filter, overdue first, then by due day and programme. The whole fund's
     * calendar reads every report of the fund and holds megabytes while it runs: it waits its turn among the
     * server's whole-fund reads.
     */
    private List<CalendarEntry> entries(FundView fund, CalendarFilter filter) {
        return filter.programme() != null ? build(fund, filter)
                : wholeFundReads.read("the reporting calendar", () -> build(fund, filter));
    }

    private List<CalendarEntry> build(FundView fund, CalendarFilter filter) {
        LocalDate today = LocalDate.now();
        // One programme (its page) reads that programme's reports only, not the fund's.
        Long one = filter.programme();
        // The fund's progress and expenditure reports (or one programme's), in one statement.
        String ofProgramme = one == null ? "" : " and programme_id = :p";
        var reportQuery = em.createNativeQuery("select cast('P' as varchar(1)), programme_id, period,"
                + " cast(null as bigint), cast(null as integer), status, id from monitoring.progress_report"
                + " where fund_id = :f" + ofProgramme + " union all select cast('E' as varchar(1)), programme_id,"
                + " cast(null as varchar(7)), organisation_id, report_year, status, id from monitoring.expenditure_report"
                + " where fund_id = :f" + ofProgramme).setParameter("f", fund.id());
        List<?> reports = (one == null ? reportQuery : reportQuery.setParameter("p", one)).getResultList();
        Map<String, Filed> progress = new HashMap<>(); // by programme and period: "12/2025-H1"
        List<FiledExpenditure> expenditureFound = new ArrayList<>();
        for (Object row : reports) {
            Object[] r = (Object[]) row;
            long programme = ((Number) r[1]).longValue();
            Filed filed = new Filed(ReportStatus.valueOf(((String) r[5]).strip()), ((Number) r[6]).longValue());
            if (r[0].toString().strip().equals("P")) {
                progress.put(programme + "/" + r[2], filed);
            } else {
                expenditureFound.add(new FiledExpenditure(programme, ((Number) r[3]).longValue(),
                        ((Number) r[4]).intValue(), filed));
            }
        }
        Map<Long, String> acronyms = organisations.acronyms(expenditureFound.stream()
                .map(FiledExpenditure::organisation).collect(Collectors.toSet()));
        Map<String, Filed> expenditure = new HashMap<>(); // by programme, organisation and year: "12/IOM/2025"
        expenditureFound.forEach(e -> expenditure.put(e.programme() + "/" + acronyms.get(e.organisation()) + "/"
                + e.year(), e.filed()));
        List<CalendarEntry> entries = new ArrayList<>();
        MonthDay progressDue = MonthDay.parse("--" + fund.progressReportDue());
        MonthDay expenditureDue = MonthDay.parse("--" + fund.expenditureReportDue());
        for (ProgrammeSummary p : one == null ? programmes.approvedProgrammes(fund.code(), REPORTING)
                : programmes.approvedProgrammes(fund.code(), REPORTING, one)) {
            if (!REPORTING.contains(p.status()) || filter.programme() != null && filter.programme() != p.id()) {
                continue;
            }
            if (filter.kind() != ReportKind.EXPENDITURE && (filter.organisation() == null
                    || filter.organisation().equalsIgnoreCase(p.lead()))) {
                for (ReportingPeriod period : ReportingPeriod.progress(p.startsOn(), p.endsOn(),
                        fund.progressReporting() == ProgressReporting.SEMI_ANNUAL, progressDue, today)) {
                    Filed report = progress.get(p.id() + "/" + period.label());
                    entries.add(entry(p, ReportKind.PROGRESS, p.lead(), period, report == null ? null
                            : report.status(), report == null ? null : report.id(), today));
                }
            }
            if (filter.kind() != ReportKind.PROGRESS) {
                for (String organisation : p.organisations()) {
                    if (filter.organisation() != null && !filter.organisation().equalsIgnoreCase(organisation)) {
                        continue;
                    }
                    for (ReportingPeriod period : ReportingPeriod.expenditure(p.startsOn(), p.endsOn(), expenditureDue,
                            today)) {
                        Filed report = expenditure.get(p.id() + "/" + organisation + "/" + period.label());
                        entries.add(entry(p, ReportKind.EXPENDITURE, organisation, period, report == null ? null
                                : report.status(), report == null ? null : report.id(), today));
                    }
                }
            }
        }
        return entries.stream().filter(e -> !filter.overdue() || "OVERDUE".equals(e.standing()))
                .sorted(Comparator.comparing((CalendarEntry e) -> !"OVERDUE".equals(e.standing()))
                        .thenComparing(CalendarEntry::dueOn).thenComparing(CalendarEntry::programmeId))
                .toList();
    }

    /** A report the calendar found for a period: its status and id. */
    private record Filed(ReportStatus status, long id) {
    }

    /** An expenditure report the calendar found: whose, for which year, and its status and id. */
    private record FiledExpenditure(long programme, long organisation, int year, Filed filed) {
    }

    /** A report is outstanding until submitted (a returned one is outstanding again); overdue once its day passed. */
    private static CalendarEntry entry(ProgrammeSummary p, ReportKind kind, String organisation, ReportingPeriod period,
                                       ReportStatus status, Long reportId, LocalDate today) {
        boolean outstanding = status == null || status == ReportStatus.RETURNED;
        String standing = !outstanding ? status.name() : period.isOverdue(today) ? "OVERDUE" : "DUE";
        return new CalendarEntry(p.id(), p.title(), kind.name(), organisation, period.label(), period.start(),
                period.end(), period.dueOn(), standing, reportId);
    }

    private void requireReporting(ProgrammeView programme) {
        if (!REPORTING.contains(programme.status())) {
            throw new ConflictException("The programme is " + programme.status() + ": it reports once approved and"
                    + " until it closes financially");
        }
    }

    private ProgressReport progress(long programmeId, long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null || report.getProgrammeId() != programmeId) {
            throw new RecordNotFoundException("reportId", "Programme " + programmeId + " has no progress report " + reportId);
        }
        return report;
    }

    private Map<Long, String> indicatorCodes(long programmeId) {
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("select i.id, i.code from Indicator i where i.programmeId = :p", Object[].class)
                .setParameter("p", programmeId).getResultList().forEach(row -> codes.put((Long) row[0], (String) row[1]));
        return codes;
    }

    private OrganisationView ownOrganisation() {
        return organisations.organisationOf(currentUser.getName()).orElseThrow(() ->
                new AccessDeniedException("User " + currentUser.getName() + " is not a focal point of any organisation"));
    }

    private String ownAcronym() {
        return organisations.organisationOf(currentUser.getName()).map(OrganisationView::acronym).orElse("");
    }

    /** Acronyms by organisation id, with at least these ones' (kept in memory by governance: they never change). */
    private Map<Long, String> acronyms(Long... ids) {
        return organisations.acronyms(List.of(ids));
    }

    private String acronym(long organisationId) {
        return acronyms(organisationId).get(organisationId);
    }
}
