package org.migrationmptf.monitoring.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.monitoring.api.Dashboard;
import org.migrationmptf.monitoring.api.DashboardDelivery;
import org.migrationmptf.monitoring.api.DashboardView;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.programming.api.Allocation;
import org.migrationmptf.programming.api.MarkerScore;
import org.migrationmptf.programming.api.ObjectiveCoverage;

/**
 * The fund's dashboard: the figures of {@link Dashboard} as charts, each with its table of numbers that lead to the
 * list behind them (programmes filtered by area, region, organisation or status; the funding status; overdue
 * reports).
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    private String fund;
    private DashboardView view;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        try {
            view = dashboard.dashboard(fund.strip());
            fund = view.fund();
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of());
        }
    }

    /** The programme list filtered by one of its filters (status, thematicArea, region, organisation). */
    public String programmesUrl(String filter, String value) {
        return context() + "/programming/programmes.xhtml?fund=" + encode(fund)
                + (value == null || value.isEmpty() ? "" : "&" + filter + "=" + encode(value));
    }

    /** When the figures were built, in UTC to the second: the dashboard is a snapshot (see DashboardSnapshots). */
    public String getComputedAt() {
        return view == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(view.computedAt());
    }

    public String programmeUrl(String id) {
        return context() + "/programming/programme.xhtml?id=" + encode(id);
    }

    public String fundingStatusUrl() {
        return context() + "/mobilisation/funding-status.xhtml?fund=" + encode(fund);
    }

    public String pipelineUrl() {
        return context() + "/programming/pipeline.xhtml?fund=" + encode(fund);
    }

    /** The reporting calendar, overdue reports only, optionally of one kind. */
    public String overdueUrl(String kind) {
        return context() + "/monitoring/calendar.xhtml?fund=" + encode(fund) + "&overdue=true"
                + (kind == null || kind.isEmpty() ? "" : "&kind=" + encode(kind));
    }

    public String getTargetChart() {
        BigDecimal received = amount(view.money().contributions());
        BigDecimal rest = amount(view.money().mobilisationTarget()).subtract(received).max(BigDecimal.ZERO);
        return Charts.stacked(List.of(view.fund()), List.of(PageTexts.text("monitoring.dashboard.received"),
                PageTexts.text("monitoring.dashboard.toMobilise")), List.of(List.of(received), List.of(rest)), true);
    }

    public String getAreaChart() {
        return Charts.doughnut(labels(view.allocations().byThematicArea()), amounts(view.allocations().byThematicArea()));
    }

    public String getRegionChart() {
        return Charts.bars(labels(view.allocations().byRegion()), PageTexts.text("monitoring.dashboard.allocated"),
                amounts(view.allocations().byRegion()), true);
    }

    public String getOrganisationChart() {
        return Charts.bars(labels(view.allocations().byOrganisation()), PageTexts.text("monitoring.dashboard.allocated"),
                amounts(view.allocations().byOrganisation()), false);
    }

    public String getPipelineChart() {
        return Charts.bars(List.of(PageTexts.text("monitoring.dashboard.pipelineTotal"),
                        PageTexts.text("monitoring.dashboard.available")), view.currency(),
                List.of(amount(view.pipeline().total()), amount(view.pipeline().available())), true);
    }

    /** Transferred, split into what was reported spent and what organisations still hold. */
    public String getDeliveryChart() {
        List<DashboardDelivery> lines = view.deliveryByOrganisation();
        return Charts.stacked(lines.stream().map(DashboardDelivery::key).toList(),
                List.of(PageTexts.text("monitoring.dashboard.spent"), PageTexts.text("monitoring.dashboard.held")),
                List.of(lines.stream().map(l -> amount(l.expenditure())).toList(),
                        lines.stream().map(l -> amount(l.balance())).toList()), false);
    }

    /** Per marker, the money of the programmes at each score, stacked. */
    public String getMarkerChart() {
        List<String> markers = new ArrayList<>(markerTable().keySet());
        List<String> series = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        for (int score = 0; score <= 3; score++) {
            int s = score;
            series.add(PageTexts.text("monitoring.dashboard.score", score));
            values.add(markers.stream().map(m -> amount(markerTable().get(m).get(s).amount())).toList());
        }
        return Charts.stacked(markers.stream().map(m -> PageTexts.text("monitoring.marker." + m)).toList(), series,
                values, false);
    }

    public String getObjectiveChart() {
        List<ObjectiveCoverage> objectives = view.objectives();
        return Charts.bars(objectives.stream().map(o -> Integer.toString(o.objective())).toList(),
                PageTexts.text("monitoring.dashboard.allocated"), objectives.stream().map(o -> amount(o.amount())).toList(),
                false);
    }

    /** Marker scores by marker, each with its four scores in order. */
    public Map<String, List<MarkerScore>> markerTable() {
        Map<String, List<MarkerScore>> table = new LinkedHashMap<>();
        view.markers().forEach(m -> table.computeIfAbsent(m.marker(), k -> new ArrayList<>()).add(m));
        return table;
    }

    public List<Map.Entry<String, List<MarkerScore>>> getMarkerRows() {
        return new ArrayList<>(markerTable().entrySet());
    }

    public DashboardView getView() {
        return view;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    private static List<String> labels(List<Allocation> allocations) {
        return allocations.stream().map(a -> a.key().isEmpty() ? PageTexts.text("monitoring.dashboard.noRegion")
                : a.label()).toList();
    }

    private static List<BigDecimal> amounts(List<Allocation> allocations) {
        return allocations.stream().map(a -> amount(a.amount())).toList();
    }

    private static BigDecimal amount(MoneyView money) {
        return money == null ? BigDecimal.ZERO : new BigDecimal(money.amount());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
