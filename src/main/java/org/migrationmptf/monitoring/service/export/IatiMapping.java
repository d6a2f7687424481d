package org.migrationmptf.monitoring.service.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.mobilisation.api.ProgrammeTransaction;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.Scope;

/**
 * A joint programme as an IATI activity: the fund's records mapped to IATI 2.03 codelists. Pure: every lookup it
 * needs (country codes, organisations) is handed in, so it is tested without a server.
 */
public final class IatiMapping {

    /** DAC 5-digit sector 15190: facilitation of orderly, safe, regular and responsible migration and mobility. */
    public static final String MIGRATION_SECTOR = "15190";
    /** OrganisationType 40: multilateral (the UN organisations and the fund). */
    public static final String MULTILATERAL = "40";
    /** UN M49 "World", for a programme without recipient countries (RegionVocabulary 2: UN Statistics Division). */
    static final String WORLD = "001";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What the mapping needs besides the programme. */
    public record Context(String identifierPrefix, IatiActivity.Org fund, String thematicArea,
                          Function<String, String> alpha2OfAlpha3, Function<String, IatiActivity.Org> organisation,
                          Function<Long, IatiActivity.Org> organisationById) {
    }

    private IatiMapping() {
    }

    /** ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
    public static int activityStatus(ProgrammeStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED -> 1;
            case APPROVED, ACTIVE -> 2;
            case OPERATIONALLY_CLOSED -> 3;
            case FINANCIALLY_CLOSED -> 4;
            case CANCELLED -> 5;
            case SUSPENDED -> 6;
        };
    }

    /** ActivityScope: 1 global, 2 regional, 4 national. */
    public static int activityScope(Scope scope) {
        return switch (scope) {
            case GLOBAL -> 1;
            case REGIONAL -> 2;
            case NATIONAL -> 4;
        };
    }

    public static IatiActivity activity(ProgrammeView p, List<ProgrammeTransaction> transactions,
                                        ResultsFrameworkView results, Context context) {
        List<ProgrammeTransaction> own = transactions.stream().filter(t -> t.programmeId() == p.id())
                .sorted(Comparator.comparing(ProgrammeTransaction::valueDate)
                        .thenComparing(ProgrammeTransaction::journalId)).toList();
        return new IatiActivity(context.identifierPrefix() + "-" + p.fund() + "-" + p.id(), p.title(),
                description(p, context), participants(p, context), activityStatus(p.status()), dates(p, own),
                activityScope(p.scope()), countries(p, context), p.countries().isEmpty() ? world() : List.of(),
                MIGRATION_SECTOR, budget(p), transactions(own, context), results(results, p));
    }

    private static String description(ProgrammeView p, Context context) {
        StringBuilder d = new StringBuilder("Joint programme of the ").append(context.fund().name())
                .append(", led by ").append(p.lead());
        Set<String> others = new LinkedHashSet<>(p.organisations());
        others.remove(p.lead());
        if (!others.isEmpty()) {
            d.append(" with ").append(String.join(", ", others));
        }
        d.append(". Thematic area ").append(p.thematicArea());
        if (context.thematicArea() != null) {
            d.append(": ").append(context.thematicArea());
        }
        d.append(". Scope: ").append(p.scope().name().toLowerCase(java.util.Locale.ROOT));
        if (!p.countries().isEmpty()) {
            d.append(" (").append(String.join(", ", p.countries())).append(")");
        }
        return d.append('.').toString();
    }

    private static List<IatiActivity.Participant> participants(ProgrammeView p, Context context) {
        List<IatiActivity.Participant> participants = new ArrayList<>();
        participants.add(new IatiActivity.Participant(1, context.fund()));
        participants.add(new IatiActivity.Participant(2, context.organisation().apply(p.lead())));
        p.organisations().stream().sorted()
                .forEach(o -> participants.add(new IatiActivity.Participant(4, context.organisation().apply(o))));
        return participants;
    }

    private static List<IatiActivity.ActivityDate> dates(ProgrammeView p, List<ProgrammeTransaction> own) {
        List<IatiActivity.ActivityDate> dates = new ArrayList<>();
        if (p.startsOn() != null) {
            dates.add(new IatiActivity.ActivityDate(1, p.startsOn()));
        }
        own.stream().filter(t -> t.kind() == JournalKind.TRANSFER).findFirst()
                .ifPresent(first -> dates.add(new IatiActivity.ActivityDate(2, first.valueDate())));
        if (p.endsOn() != null) {
            dates.add(new IatiActivity.ActivityDate(3, p.endsOn()));
        }
        if (p.operationallyClosedOn() != null) {
            dates.add(new IatiActivity.ActivityDate(4, p.operationallyClosedOn()));
        }
        if (dates.isEmpty()) {
            // The schema wants one date: a programme without dates is dated by its first money event.
            own.stream().findFirst().ifPresent(t -> dates.add(new IatiActivity.ActivityDate(1, t.valueDate())));
        }
        return dates;
    }

    /** Countries as ISO alpha-2, sharing 100% equally (the rounding remainder to the first). */
    static List<IatiActivity.Share> countries(ProgrammeView p, Context context) {
        List<String> codes = p.countries().stream().sorted().map(context.alpha2OfAlpha3()).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
        BigDecimal first = HUNDRED.subtract(each.multiply(BigDecimal.valueOf(codes.size() - 1L)));
        List<IatiActivity.Share> shares = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            shares.add(new IatiActivity.Share(codes.get(i), null, i == 0 ? first : each));
        }
        return shares;
    }

    private static List<IatiActivity.Share> world() {
        return List.of(new IatiActivity.Share(WORLD, "2", HUNDRED));
    }

    private static IatiActivity.Budget budget(ProgrammeView p) {
        if (p.budget() == null || p.budget().total() == null || p.startsOn() == null || p.endsOn() == null) {
            return null;
        }
        return new IatiActivity.Budget(p.startsOn(), p.endsOn(), new BigDecimal(p.budget().total().amount()),
                p.budget().total().currency(), p.startsOn());
    }

    /**
     * COMMITMENT -> 2 outgoing commitment (a release of committed money is a negative one); TRANSFER -> 3
     * disbursement to the organisation; REFUND_FROM_ORGANISATION -> 3 disbursement, negative (money returned
     * reduces what was disbursed); EXPENDITURE -> 4 expenditure reported by the organisation.
     */
    static List<IatiActivity.Transaction> transactions(List<ProgrammeTransaction> own, Context context) {
        List<IatiActivity.Transaction> out = new ArrayList<>();
        for (ProgrammeTransaction t : own) {
            BigDecimal value = new BigDecimal(t.amount().amount());
            String currency = t.amount().currency();
            IatiActivity.Org organisation = t.organisationId() == null ? null
                    : context.organisationById().apply(t.organisationId());
            String orgName = organisation == null ? "" : organisation.name();
            switch (t.kind()) {
                case COMMITMENT -> out.add(new IatiActivity.Transaction(2, t.valueDate(), value, currency,
                        value.signum() < 0 ? "Release of committed funds" : "Approved allocation committed",
                        context.fund(), null));
                case TRANSFER -> out.add(new IatiActivity.Transaction(3, t.valueDate(), value.abs(), currency,
                        "Transfer to " + orgName, context.fund(), organisation));
                case REFUND_FROM_ORGANISATION -> out.add(new IatiActivity.Transaction(3, t.valueDate(),
                        value.abs().negate(), currency, "Unspent balance returned by " + orgName, context.fund(),
                        organisation));
                case EXPENDITURE -> out.add(new IatiActivity.Transaction(4, t.valueDate(), value.abs(), currency,
                        "Expenditure reported by " + orgName, organisation, null));
                default -> {
                    // Other journals (deposits, fees, reversals) are the fund's, not a programme's.
                }
            }
        }
        return out;
    }

    /** Outcomes (2) and their outputs (1); a result without indicators is left out (IATI wants at least one). */
    static List<IatiActivity.Result> results(ResultsFrameworkView framework, ProgrammeView p) {
        List<IatiActivity.Result> results = new ArrayList<>();
        if (framework == null || framework.outcomes() == null) {
            return results;
        }
        for (ResultsFrameworkView.Result outcome : framework.outcomes()) {
            add(results, outcome, 2, p);
            if (outcome.outputs() != null) {
                outcome.outputs().forEach(output -> add(results, output, 1, p));
            }
        }
        return results;
    }

    private static void add(List<IatiActivity.Result> results, ResultsFrameworkView.Result r, int type,
                            ProgrammeView p) {
        if (r.indicators() == null || r.indicators().isEmpty()) {
            return;
        }
        List<IatiActivity.Indicator> indicators = r.indicators().stream().map(i -> indicator(i, p)).toList();
        String title = r.code() == null || r.code().isBlank() ? r.statement() : r.code() + " " + r.statement();
        results.add(new IatiActivity.Result(type, title, indicators));
    }

    private static IatiActivity.Indicator indicator(ResultsFrameworkView.Indicator i, ProgrammeView p) {
        int measure = i.measure() == null ? 1 : switch (i.measure()) {
            case NUMBER -> 1;
            case PERCENTAGE -> 2;
            case QUALITATIVE -> 5;
        };
        String title = i.code() == null || i.code().isBlank() ? i.title() : i.code() + " " + i.title();
        // A baseline without its year takes the programme's first year: IATI wants a year with every baseline.
        Integer baselineYear = i.baselineYear() != null ? i.baselineYear()
                : p.startsOn() == null ? null : p.startsOn().getYear();
        LocalDate start = p.startsOn();
        LocalDate end = p.endsOn();
        String actualComment = i.latestPeriod() == null ? null : "Latest accepted value, " + i.latestPeriod();
        return new IatiActivity.Indicator(measure, title, i.unit() == null ? null : "Unit: " + i.unit(),
                baselineYear, blankToNull(i.baseline()), start, end, blankToNull(i.target()),
                blankToNull(i.latestActual()), actualComment);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
