package org.migrationmptf.monitoring.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.mobilisation.api.DeliveryGrouping;
import org.migrationmptf.mobilisation.api.DeliveryLine;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.monitoring.api.Dashboard;
import org.migrationmptf.monitoring.api.DashboardAllocations;
import org.migrationmptf.monitoring.api.DashboardDelivery;
import org.migrationmptf.monitoring.api.DashboardMoney;
import org.migrationmptf.monitoring.api.DashboardOverdue;
import org.migrationmptf.monitoring.api.DashboardPipeline;
import org.migrationmptf.monitoring.api.DashboardView;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ReportKind;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.Allocation;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.PortfolioSummary;
import org.migrationmptf.programming.api.ProgrammePortfolio;
import org.migrationmptf.programming.api.RankedNote;
import org.migrationmptf.programming.api.Ranking;

/**
 * Puts the dashboard together from what each module already sums in the database: the funding status and delivery
 * (mobilisation), the portfolio and the pipeline (programming), the reporting calendar (monitoring). Nothing here
 * walks over programmes, so its cost in SQL statements does not grow with the fund.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.CONTRIBUTOR, Roles.AUDITOR})
public class DashboardService implements Dashboard {

    @Inject
    FundAdministration funds;

    @Inject
    Organisations organisations;

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    FundMoney fundMoney;

    @Inject
    ProgrammePortfolio portfolio;

    @Inject
    ConceptNoteReviews reviews;

    @Inject
    ProgrammeReporting reporting;

    @Inject
    CurrentUser currentUser;

    @Inject
    DashboardSnapshots snapshots;

    /** The dashboard as last built, or built now when the ledger moved, the day changed or it grew old. */
    @Override
    public DashboardView dashboard(String fundCode) {
        FundView fund = funds.fund(fundCode);
        boolean readsPipeline = currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER)
                || currentUser.hasRole(Roles.AUDITOR);
        DashboardSnapshots.Key key = new DashboardSnapshots.Key(fund.code(), readsPipeline,
                fundMoney.ledgerVersion(fund.code()), LocalDate.now());
        return snapshots.get(key, () -> build(fund, readsPipeline, key.day()));
    }

    private DashboardView build(FundView fund, boolean readsPipeline, LocalDate today) {
        String code = fund.code();
        FundingStatusView status = mobilisation.fundingStatus(code, today);
        DashboardMoney money = new DashboardMoney(status.contributions(), status.mobilisationTarget(),
                status.targetReached(), status.balanceWithAdministrativeAgent(), status.committedNotTransferred(),
                status.transfersToOrganisations(), status.expenditureReported(), status.balanceWithOrganisations(),
                status.deliveryRate());

        PortfolioSummary summary = portfolio.summary(code);
        List<Allocation> byStatus = summary.byStatus();
        BigDecimal total = byStatus.stream().map(a -> new BigDecimal(a.amount().amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long programmes = byStatus.stream().mapToLong(Allocation::programmes).sum();
        List<Allocation> byProgramme = summary.byProgramme();
        DashboardAllocations allocations = new DashboardAllocations(money(total, fund), programmes,
                summary.byThematicArea(), summary.byRegion(), summary.byOrganisation(), summary.byScope(), byStatus);

        Map<Long, OrganisationView> organisationsById = new HashMap<>();
        organisations.organisations(new OrganisationFilter(null, null), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().forEach(o -> organisationsById.put(o.id(), o));
        Map<String, String> titles = new HashMap<>();
        byProgramme.forEach(a -> titles.put(a.key(), a.label()));
        List<DashboardDelivery> byOrganisation = fundMoney.delivery(code, DeliveryGrouping.ORGANISATION).stream()
                .map(line -> {
                    OrganisationView o = organisationsById.get(line.key());
                    return delivery(line, o == null ? Long.toString(line.key()) : o.acronym(),
                            o == null ? Long.toString(line.key()) : o.name());
                }).toList();
        // The programmes holding the most money not yet reported spent: the ones the FMU follows up first.
        List<DeliveryLine> programmeLines = fundMoney.delivery(code, DeliveryGrouping.PROGRAMME);
        List<DashboardDelivery> perProgramme = programmeLines.stream()
                .sorted(Comparator.comparing((DeliveryLine line) -> new BigDecimal(line.balance().amount())).reversed()
                        .thenComparing(DeliveryLine::key))
                .limit(DashboardView.PROGRAMMES_SHOWN)
                .map(line -> delivery(line, Long.toString(line.key()),
                        titles.getOrDefault(Long.toString(line.key()), "#" + line.key()))).toList();

        // One pass over the calendar for both counts (it is built from every approved programme of the fund).
        Map<ReportKind, Long> overdueByKind = reporting.overdueByKind(code);
        long overdueProgress = overdueByKind.getOrDefault(ReportKind.PROGRESS, 0L);
        long overdue = overdueProgress + overdueByKind.getOrDefault(ReportKind.EXPENDITURE, 0L);

        return new DashboardView(code, fund.reportingCurrency(), today, money, allocations,
                readsPipeline ? pipeline(fund) : null, byOrganisation, perProgramme, summary.markers(),
                summary.objectives(), new DashboardOverdue(overdue, overdueProgress, overdue - overdueProgress),
                programmeLines.size(), Instant.now());
    }

    /** The pipeline for those who read it: the FMU, the Steering Committee, auditors. */
    private DashboardPipeline pipeline(FundView fund) {
        Ranking ranking = reviews.pipeline(fund.code());
        BigDecimal total = new BigDecimal(ranking.total().amount());
        BigDecimal available = new BigDecimal(ranking.available().amount());
        int covered = (int) ranking.notes().stream().filter(RankedNote::covered).count();
        return new DashboardPipeline(ranking.notes().size(), ranking.total(), ranking.available(), covered,
                money(total.subtract(available).max(BigDecimal.ZERO), fund));
    }

    private static DashboardDelivery delivery(DeliveryLine line, String key, String label) {
        return new DashboardDelivery(key, label, line.transferred(), line.expenditure(), line.balance(),
                line.deliveryRate());
    }

    private static MoneyView money(BigDecimal amount, FundView fund) {
        return MoneyView.of(Money.of(amount, Money.currency(fund.reportingCurrency())));
    }
}
