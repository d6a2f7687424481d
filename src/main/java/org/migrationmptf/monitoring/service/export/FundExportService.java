package org.migrationmptf.monitoring.service.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.mobilisation.api.ProgrammeTransaction;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.platform.persistence.WholeFundReads;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.migrationmptf.programming.api.ProgrammeView;

/**
 * The fund's published exports: the annual report (PDF) and the IATI 2.03 activity file, one activity per joint
 * programme from approval on. Read-only; each module read is its own transaction (no transaction here), so a
 * programme without a results framework (an empty one) does not spoil the rest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
public class FundExportService {

    /** Programmes read at once by the whole-fund exports (see {@link #chunks}). */
    static final int CHUNK = 500;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    Organisations organisations;

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    FundMoney money;

    @Inject
    JointProgrammes programmes;

    @Inject
    WholeFundReads wholeFundReads;

    @Inject
    ProgrammeReporting reporting;

    @Inject
    ExportSettings settings;

    /**
     * The IATI 2.03 activity file of a fund's approved programmes, to be written where the caller wants it. The fund
     * is found now (an unknown fund fails before anything is written). Everything else is read as the file is
     * written, in one of the whole-fund reads' turns: the fund's transactions (a hundred thousand at volume) are held
     * while the file is written, and eight files at once ran the 200 MB heap out of memory before they took turns
     * (README "Performance", eleventh round). Each activity is read and written only as the file reaches it, straight
     * to the caller's stream: a fund's file is tens of megabytes at volume.
     */
    public StreamedFile iatiActivities(String fundCode) {
        FundView fund = funds.fund(fundCode);
        return out -> wholeFundReads.read("the IATI file", () -> {
            writeIati(fund, out);
            return null;
        });
    }

    private void writeIati(FundView fund, OutputStream out) throws IOException {
        List<ProgrammeTransaction> transactions = money.programmeTransactions(fund.code());
        Map<Integer, String> areas = funds.thematicAreas(fund.code()).stream()
                .collect(Collectors.toMap(ThematicAreaView::number, ThematicAreaView::name, (a, b) -> a));
        Map<String, String> refs = settings.iatiOrganisationRefs();
        Map<String, OrganisationView> byAcronym = new HashMap<>();
        Map<Long, OrganisationView> byId = new HashMap<>();
        allOrganisations().forEach(o -> {
            byAcronym.put(o.acronym(), o);
            byId.put(o.id(), o);
        });
        Map<String, String> alpha2 = new HashMap<>();
        IatiActivity.Org fundOrg = new IatiActivity.Org(settings.iatiOrganisationRef(), IatiMapping.MULTILATERAL,
                fund.name());
        // Each programme's transactions, found once: the fund has a hundred thousand of them at volume.
        Map<Long, List<ProgrammeTransaction>> byProgramme = transactions.stream()
                .collect(Collectors.groupingBy(ProgrammeTransaction::programmeId));
        List<ProgrammeSummary> approved = programmes.approvedProgrammes(fund.code());
        // Activities are read a chunk of programmes at a time as the writer reaches them: a few statements per chunk
        // instead of ten per programme, and never thousands of programmes held at once.
        Iterable<IatiActivity> activities = () -> chunks(approved).flatMap(chunk -> {
            Map<Long, ResultsFrameworkView> frameworks = reporting.resultsFrameworks(chunk);
            return programmes.programmes(chunk).stream().map(programme -> {
                IatiMapping.Context context = new IatiMapping.Context(settings.iatiOrganisationRef(), fundOrg,
                        areas.get(programme.thematicArea()),
                        alpha3 -> alpha2.computeIfAbsent(alpha3, c -> referenceData.country(c).alpha2()),
                        acronym -> iatiOrg(acronym, byAcronym.get(acronym), refs),
                        id -> byId.containsKey(id) ? iatiOrg(byId.get(id).acronym(), byId.get(id), refs)
                                : new IatiActivity.Org(null, IatiMapping.MULTILATERAL, "Organisation " + id));
                return IatiMapping.activity(programme, byProgramme.getOrDefault(programme.id(), List.of()),
                        frameworks.get(programme.id()), context);
            });
        }).iterator();
        IatiActivity.Org reportingOrg = new IatiActivity.Org(settings.iatiOrganisationRef(), IatiMapping.MULTILATERAL,
                settings.iatiOrganisationName());
        IatiWriter.write(OffsetDateTime.now(ZoneOffset.UTC), reportingOrg, activities, out);
    }

    /** A file that writes itself to a stream when asked (once). */
    @FunctionalInterface
    public interface StreamedFile {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The annual report of a fund for a year, as of the year's last day. */
    public byte[] annualReport(String fundCode, int year) {
        return wholeFundReads.read("the annual report",
                () -> AnnualReportPdf.write(annualReportData(fundCode, year)));
    }

    AnnualReport annualReportData(String fundCode, int year) {
        FundView fund = funds.fund(fundCode);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        var status = mobilisation.fundingStatus(fund.code(), yearEnd);
        List<ProgrammeTransaction> transactions = money.programmeTransactions(fund.code()).stream()
                .filter(t -> !t.valueDate().isAfter(yearEnd)).toList();
        Map<Integer, String> areas = funds.thematicAreas(fund.code()).stream()
                .collect(Collectors.toMap(ThematicAreaView::number, ThematicAreaView::name, (a, b) -> a));
        Map<Long, String> acronyms = allOrganisations().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::acronym, (a, b) -> a));
        // Allocated by the year's end: committed (approved) on or before it.
        var committed = transactions.stream().filter(t -> t.kind() == JournalKind.COMMITMENT)
                .map(ProgrammeTransaction::programmeId).collect(Collectors.toSet());
        List<AnnualReport.Allocation> allocations = new ArrayList<>();
        Map<String, AnnualReport.Total> byArea = new TreeMap<>();
        Map<String, AnnualReport.Total> byOrganisation = new TreeMap<>();
        List<AnnualReport.Highlights> results = new ArrayList<>();
        List<ProgrammeSummary> allocated = programmes.approvedProgrammes(fund.code()).stream()
                .filter(p -> committed.contains(p.id())).toList();
        Map<Long, ProgrammeSummary> summaries = allocated.stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, p -> p));
        chunks(allocated).forEach(chunk -> {
            Map<Long, ResultsFrameworkView> frameworks = reporting.resultsFrameworks(chunk);
            for (ProgrammeView view : programmes.programmes(chunk)) {
                ProgrammeSummary p = summaries.get(view.id());
                BigDecimal budget = p.budget() == null ? BigDecimal.ZERO : new BigDecimal(p.budget().amount());
                String area = p.thematicArea() + ". " + areas.getOrDefault(p.thematicArea(), "");
                allocations.add(new AnnualReport.Allocation(p.id(), p.title(), p.status().name().replace('_', ' ')
                        .toLowerCase(java.util.Locale.ROOT), area, String.join(", ", p.regions()),
                        String.join(", ", new java.util.TreeSet<>(p.organisations())), budget));
                byArea.merge(area, new AnnualReport.Total(area, 1, budget), FundExportService::sum);
                if (view.budget() != null) {
                    view.budget().organisations().forEach(o -> byOrganisation.merge(o.organisation(),
                            new AnnualReport.Total(o.organisation(), 1, o.total() == null ? BigDecimal.ZERO
                                    : new BigDecimal(o.total().amount())), FundExportService::sum));
                }
                highlights(p.title(), frameworks.get(p.id())).ifPresent(results::add);
            }
        });
        return new AnnualReport(fund.code(), fund.name(), year, status, allocations, List.copyOf(byArea.values()),
                List.copyOf(byOrganisation.values()), delivery(transactions, acronyms), results);
    }

    /** Transfers, refunds and expenditure per organisation up to the year's end, from the same ledger journals. */
    private static List<AnnualReport.Delivery> delivery(List<ProgrammeTransaction> transactions,
                                                        Map<Long, String> acronyms) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (ProgrammeTransaction t : transactions) {
            int column = switch (t.kind()) {
                case TRANSFER -> 0;
                case REFUND_FROM_ORGANISATION -> 1;
                case EXPENDITURE -> 2;
                default -> -1;
            };
            if (column < 0 || t.organisationId() == null) {
                continue;
            }
            BigDecimal[] row = sums.computeIfAbsent(acronyms.getOrDefault(t.organisationId(),
                    "Organisation " + t.organisationId()), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO});
            row[column] = row[column].add(new BigDecimal(t.amount().amount()).abs());
        }
        return sums.entrySet().stream().map(e -> {
            BigDecimal[] r = e.getValue();
            String rate = r[0].signum() <= 0 ? null : r[2].multiply(BigDecimal.valueOf(100))
                    .divide(r[0], 1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
            return new AnnualReport.Delivery(e.getKey(), r[0], r[1], r[2], rate);
        }).toList();
    }

    private static void indicatorLines(ResultsFrameworkView.Result result, List<AnnualReport.IndicatorLine> lines) {
        if (result.indicators() == null) {
            return;
        }
        result.indicators().forEach(i -> lines.add(new AnnualReport.IndicatorLine(
                (i.code() == null ? "" : i.code() + " ") + i.title() + (i.unit() == null ? "" : " (" + i.unit() + ")"),
                i.baseline(), i.target(), i.latestActual())));
    }

    private static AnnualReport.Total sum(AnnualReport.Total a, AnnualReport.Total b) {
        return new AnnualReport.Total(a.name(), a.programmes() + b.programmes(), a.amount().add(b.amount()));
    }

    /** A programme's indicators with their baselines, targets and latest actuals, if it has any. */
    private static Optional<AnnualReport.Highlights> highlights(String title, ResultsFrameworkView framework) {
        if (framework == null) {
            return Optional.empty();
        }
        List<AnnualReport.IndicatorLine> lines = new ArrayList<>();
        framework.outcomes().forEach(outcome -> {
            indicatorLines(outcome, lines);
            if (outcome.outputs() != null) {
                outcome.outputs().forEach(output -> indicatorLines(output, lines));
            }
        });
        return lines.isEmpty() ? Optional.empty() : Optional.of(new AnnualReport.Highlights(title, lines));
    }

    /**
     * Programmes' ids a chunk at a time, in their order. A chunk is read in a few statements (its programmes, their
     * money, their results frameworks); it stays under Hibernate's batch size, 1,000, so that the programmes' sets
     * are read in one batch each.
     */
    static java.util.stream.Stream<List<Long>> chunks(List<ProgrammeSummary> programmes) {
        return java.util.stream.IntStream.range(0, (programmes.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> programmes.subList(i * CHUNK, Math.min(programmes.size(), (i + 1) * CHUNK)).stream()
                        .map(ProgrammeSummary::id).toList());
    }

    private List<OrganisationView> allOrganisations() {
        List<OrganisationView> all = new ArrayList<>();
        int page = 0;
        Page<OrganisationView> p;
        do {
            p = organisations.organisations(new OrganisationFilter(null, null), new PageRequest(page++, PageRequest.MAX_SIZE));
            all.addAll(p.items());
        } while (page < p.totalPages());
        all.sort(Comparator.comparing(OrganisationView::acronym));
        return all;
    }

    private static IatiActivity.Org iatiOrg(String acronym, OrganisationView organisation, Map<String, String> refs) {
        String name = organisation == null || organisation.name() == null ? acronym
                : organisation.name() + " (" + acronym + ")";
        return new IatiActivity.Org(refs.get(acronym), IatiMapping.MULTILATERAL, name);
    }
}
