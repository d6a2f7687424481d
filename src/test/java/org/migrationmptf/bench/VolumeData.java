package org.migrationmptf.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.migrationmptf.platform.persistence.DatabaseMigrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Realistic data at volume for the benchmark harness, generated from a fixed seed and loaded into an empty
 * PostgreSQL database with COPY: the fund's 20 years of history, contributors with their agreements and deposits,
 * programmes at every stage of their lifecycle with the Steering Committee decisions behind them, the ledger that
 * records every movement of money, and the programmes' reports.
 *
 * <p>The data keeps the fund's invariants: every journal is balanced (the database's deferred trigger checks it at
 * each commit), no pool's cash ever goes below zero, a commitment never exceeds the money available in its pool
 * (cash less outstanding commitments less the operating reserve), a programme never receives more than it was
 * approved, an organisation never reports spending more than it received. {@link #verify} checks them again in
 * SQL after the load and fails the run if one is broken.
 *
 * <pre>java -cp ... org.migrationmptf.bench.VolumeData jdbc:postgresql://127.0.0.1:5432/mptf_volume mptf mptf full|smoke|verify [seed]</pre>
 */
public final class VolumeData {

    private static final Logger LOG = Logger.getLogger(VolumeData.class.getName());

    static final long DEFAULT_SEED = 20061101L;
    static final LocalDate START = LocalDate.of(2006, 11, 1);
    /** Twenty years of history. */
    static final LocalDate END = LocalDate.of(2026, 10, 31);
    static final String[] CATEGORIES = {"1", "2", "3", "4", "5", "6", "7"};
    static final String[] ORGS = {"ILO", "IOM", "OHCHR", "UNDESA", "UNDP", "UNICEF", "UNHCR", "UNODC"};
    static final BigDecimal FEE_RATE = new BigDecimal("0.01");
    static final BigDecimal RESERVE = new BigDecimal("500000");
    static final BigDecimal ISC_RATE = new BigDecimal("0.07");

    /** How much of everything: the figures (full) or a small set for the CI smoke run. */
    record Scale(String name, int ledgerLines, int programmes, int contributors, int reports, int extraNotes) {
        static Scale of(String name) {
            return switch (name) {
                case "full" -> new Scale("full", 1_000_000, 5_000, 200, 20_000, 1_000);
                case "smoke" -> new Scale("smoke", 6_000, 60, 20, 240, 20);
                default -> throw new IllegalArgumentException("scale is full or smoke, not " + name);
            };
        }
    }

    private final Scale scale;
    private final long seed;
    private final Random random;

    // Ids read from the migrated schema.
    private long fundId;
    private final long[] orgIds = new long[ORGS.length];
    private final List<String[]> countries = new ArrayList<>();

    // Rows, one text-format COPY buffer per table, in load order.
    private final Map<String, StringBuilder> tables = new LinkedHashMap<>();
    private final Map<String, Integer> rowCounts = new LinkedHashMap<>();

    private long nextMeeting = 1, nextDecision = 1, nextContributor = 1, nextAgreement = 1, nextInstalment = 1,
            nextDeposit = 1, nextCall = 1, nextNote = 1, nextProgramme = 1, nextTransfer = 1, nextProgress = 1,
            nextExpenditure = 1;

    /** A journal before ids are given: the ledger is written in value-date order. */
    static final class JournalDraft {
        final LocalDate date;
        final String kind;
        final String description;
        final Long decisionId;
        final List<Object[]> lines = new ArrayList<>(4); // account, pool, amount, contributor, organisation, programme
        long id;
        Runnable afterId; // rows that name the journal (deposit, transfer, expenditure report)

        JournalDraft(LocalDate date, String kind, String description, Long decisionId) {
            this.date = date;
            this.kind = kind;
            this.description = description;
            this.decisionId = decisionId;
        }

        JournalDraft move(String debit, String credit, String pool, BigDecimal amount, Long contributor, Long organisation,
                          Long programme) {
            lines.add(new Object[] {debit, pool, amount, contributor, organisation, programme});
            lines.add(new Object[] {credit, pool, amount.negate(), contributor, organisation, programme});
            return this;
        }
    }

    private final List<JournalDraft> journals = new ArrayList<>();
    /** Per pool: (date, amount) of each commitment, to size the deposits that must come before it. */
    private final Map<String, List<Object[]>> commitmentsByPool = new LinkedHashMap<>();

    VolumeData(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
        this.random = new Random(seed);
        for (String t : List.of("governance.meeting", "governance.decision", "governance.decision_subject",
                "mobilisation.contributor", "mobilisation.agreement", "mobilisation.instalment", "mobilisation.journal",
                "mobilisation.journal_line", "mobilisation.deposit", "programming.call_for_notes",
                "programming.call_scope", "programming.call_thematic_area", "programming.concept_note",
                "programming.concept_note_organisation", "programming.joint_programme",
                "programming.programme_organisation", "programming.programme_country", "programming.budget_line",
                "programming.programme_transfer", "monitoring.progress_report", "monitoring.expenditure_report")) {
            tables.put(t, new StringBuilder());
            rowCounts.put(t, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: VolumeData <jdbc-url> <user> <password> full|smoke [seed]");
            System.exit(2);
        }
        if (args[3].equals("verify")) { // checks an already loaded database again
            try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
                new VolumeData(Scale.of("smoke"), DEFAULT_SEED).verify(c);
            }
            return;
        }
        Scale scale = Scale.of(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;
        System.out.printf("Volume data: scale %s, seed %d%n", scale.name(), seed);
        long t0 = System.nanoTime();
        migrate(args[0], args[1], args[2]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            VolumeData data = new VolumeData(scale, seed);
            data.readReferenceIds(c);
            data.generate();
            data.load(c);
            data.verify(c);
        }
        System.out.printf("Volume data loaded and verified in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The application's own migrations, module by module, exactly as it runs them at start-up (no demo data). */
    static void migrate(String url, String user, String password) {
        for (String module : DatabaseMigrations.MODULES) {
            Flyway.configure(VolumeData.class.getClassLoader()).dataSource(url, user, password).schemas(module)
                    .createSchemas(true).table(DatabaseMigrations.HISTORY_TABLE)
                    .locations("classpath:db/" + module + "/common", "classpath:db/" + module + "/postgresql")
                    .load().migrate();
        }
    }

    void readReferenceIds(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from mobilisation.journal")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds journals: load into an empty database");
                }
            }
            try (ResultSet r = s.executeQuery("select id from governance.fund where code = 'MIG'")) {
                r.next();
                fundId = r.getLong(1);
            }
            for (int i = 0; i < ORGS.length; i++) {
                try (ResultSet r = s.executeQuery("select id from governance.organisation where acronym = '" + ORGS[i] + "'")) {
                    r.next();
                    orgIds[i] = r.getLong(1);
                }
            }
            try (ResultSet r = s.executeQuery("select code, m49_region from governance.country"
                    + " where m49_region is not null order by code")) {
                while (r.next()) {
                    countries.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- generate

    /** Meetings: one a quarter; a decision's meeting is the quarter's. */
    private final List<LocalDate> meetingDates = new ArrayList<>();
    private final List<Long> meetingIds = new ArrayList<>();

    void generate() {
        for (LocalDate d = START.plusMonths(1).withDayOfMonth(15); d.isBefore(END); d = d.plusMonths(3)) {
            long id = nextMeeting++;
            meetingDates.add(d);
            meetingIds.add(id);
            String status = d.isBefore(END.minusMonths(3)) ? "MINUTES_APPROVED" : "HELD";
            row("governance.meeting", id, fundId, d, "Steering Committee meeting " + d, "Geneva and online", status);
        }
        generateProgrammes();
        generateContributorsAndDeposits();
        orderJournals();
    }

    private int meetingOnOrAfter(LocalDate day) {
        for (int i = 0; i < meetingDates.size(); i++) {
            if (!meetingDates.get(i).isBefore(day)) {
                return i;
            }
        }
        return -1;
    }

    private long decision(int meeting, String type, String title, BigDecimal amount, long programme) {
        long id = nextDecision++;
        LocalDate on = meetingDates.get(meeting);
        row("governance.decision", id, fundId, meetingIds.get(meeting), String.format("MIG-SC-%d-%05d", on.getYear(), id),
                type, title, "The Steering Committee decides: " + title + ".", on, amount, amount == null ? null : "USD");
        if (programme > 0) {
            row("governance.decision_subject", id, "JOINT_PROGRAMME", programme);
        }
        return id;
    }

    private void generateProgrammes() {
        int years = END.getYear() - START.getYear() + 1;
        long[] calls = new long[years];
        for (int y = 0; y < years; y++) {
            int year = START.getYear() + y;
            calls[y] = nextCall++;
            LocalDate opens = LocalDate.of(year, 2, 1);
            String status = y == years - 1 ? "OPEN" : "DECIDED";
            row("programming.call_for_notes", calls[y], fundId, "Call for concept notes " + year, opens,
                    LocalDate.of(year, 11, 30), new BigDecimal("6000000"), 48, status);
            for (String scope : new String[] {"NATIONAL", "REGIONAL", "GLOBAL"}) {
                row("programming.call_scope", calls[y], scope);
            }
            for (int a = 1; a <= 5; a++) {
                row("programming.call_thematic_area", calls[y], a);
            }
        }
        String[] noteStatuses = {"DRAFT", "INELIGIBLE", "UNDER_REVIEW", "PIPELINE", "REJECTED"};
        for (int i = 0; i < scale.extraNotes(); i++) {
            int y = random.nextInt(years);
            note(calls[y], START.getYear() + y, noteStatuses[i % noteStatuses.length], pickOrgs(), random.nextInt(5) + 1);
        }

        // First pass: the programmes' skeletons, so that reports can be thinned to the count.
        int n = scale.programmes();
        LocalDate lastApproval = END.minusMonths(2);
        long span = lastApproval.toEpochDay() - START.plusMonths(3).toEpochDay();
        List<Object[]> plans = new ArrayList<>();
        int naturalReports = 0;
        for (int i = 0; i < n; i++) {
            // Proposed on a day spread over the history (slightly more programmes in later years).
            double u = Math.sqrt(random.nextDouble());
            LocalDate proposed = START.plusMonths(3).plusDays((long) (u * span));
            int duration = 18 + random.nextInt(31); // months
            plans.add(new Object[] {proposed, duration});
            LocalDate approved = proposed.plusMonths(2);
            if (approved.isBefore(END)) {
                LocalDate ends = approved.plusMonths(duration);
                int reportYears = Math.max(0, Math.min(ends.getYear(), END.getYear() - 1) - approved.getYear() + 1);
                naturalReports += reportYears * (1 + 2.5); // one progress report + one expenditure report a year per organisation
            }
        }
        double keepReport = Math.min(1.0, scale.reports() / (double) Math.max(1, naturalReports));
        for (int i = 0; i < n; i++) {
            programme(calls, (LocalDate) plans.get(i)[0], (Integer) plans.get(i)[1], keepReport);
        }
    }

    private int[] pickOrgs() {
        int count = 2 + random.nextInt(2);
        int[] picked = new int[count];
        int filled = 0;
        while (filled < count) {
            int o = random.nextInt(ORGS.length);
            boolean seen = false;
            for (int k = 0; k < filled; k++) {
                seen |= picked[k] == o;
            }
            if (!seen) {
                picked[filled++] = o;
            }
        }
        return picked;
    }

    private long note(long call, int year, String status, int[] orgs, int area) {
        long id = nextNote++;
        BigDecimal requested = money(800_000, 4_000_000);
        boolean submitted = !status.equals("DRAFT");
        row("programming.concept_note", id, fundId, call, orgIds[orgs[0]], "Concept note " + id + ": " + title(area),
                "Summary of concept note " + id + ": what it would change for migrants in thematic area " + area + ".",
                "NATIONAL", area, requested, "USD", 24 + random.nextInt(13), random.nextInt(4), random.nextInt(4),
                random.nextInt(4), status, status.equals("INELIGIBLE") ? "Fewer than two participating organisations" : null,
                submitted ? LocalDate.of(year, 6, 1).atTime(10, 0) : null);
        for (int o : orgs) {
            row("programming.concept_note_organisation", id, orgIds[o]);
        }
        return id;
    }

    private static String title(int area) {
        return switch (area) {
            case 1 -> "Evidence and data for migration policy";
            case 2 -> "Protection of migrants in vulnerable situations";
            case 3 -> "Addressing the drivers of migration";
            case 4 -> "Regular pathways and decent work";
            default -> "Social inclusion and cohesion";
        };
    }

    private void programme(long[] calls, LocalDate proposed, int duration, double keepReport) {
        int[] orgs = pickOrgs();
        int area = random.nextInt(5) + 1;
        int y = proposed.getYear() - START.getYear();
        long noteId = note(calls[y], proposed.getYear(), "INVITED", orgs, area);
        long id = nextProgramme++;
        String pool = random.nextInt(10) < 7 ? "UNEARMARKED" : "AREA:" + area;

        // The budget: per organisation, seven direct categories and indirect support costs within the 7% cap.
        BigDecimal[] orgTotals = new BigDecimal[orgs.length];
        BigDecimal total = BigDecimal.ZERO;
        List<Object[]> budget = new ArrayList<>();
        for (int k = 0; k < orgs.length; k++) {
            BigDecimal direct = BigDecimal.ZERO;
            for (String category : CATEGORIES) {
                if (random.nextInt(4) > 0 || category.equals("1")) {
                    BigDecimal amount = money(20_000, 200_000);
                    budget.add(new Object[] {orgIds[orgs[k]], category, amount});
                    direct = direct.add(amount);
                }
            }
            BigDecimal isc = direct.multiply(ISC_RATE).setScale(2, RoundingMode.DOWN);
            budget.add(new Object[] {orgIds[orgs[k]], "ISC", isc});
            orgTotals[k] = direct.add(isc);
            total = total.add(orgTotals[k]);
        }

        // Its lifecycle, from the day it was proposed; "now" is the end of the history.
        int approvalMeeting = meetingOnOrAfter(proposed.plusMonths(2));
        boolean decided = approvalMeeting >= 0 && !meetingDates.get(approvalMeeting).isAfter(END.minusDays(7));
        int roll = random.nextInt(100);
        String status;
        if (decided && proposed.isAfter(END.minusMonths(18)) && roll >= 70) {
            decided = false; // the recent pipeline: documents still being drafted or awaiting the committee
        }
        if (!decided) {
            status = roll % 2 == 0 ? "DRAFT" : "SUBMITTED";
        } else if (roll < 2) {
            status = "CANCELLED"; // withdrawn before approval
        } else {
            status = "APPROVED"; // refined below from the dates
        }
        LocalDate approvedOn = decided ? meetingDates.get(approvalMeeting) : null;
        LocalDate startsOn = decided ? approvedOn.plusDays(15) : proposed.plusMonths(3);
        LocalDate endsOn = startsOn.plusMonths(duration);
        boolean approved = decided && !status.equals("CANCELLED");
        Long approvalDecision = null;
        LocalDate operationallyClosed = null, financiallyClosed = null;
        String beforeSuspension = null;
        List<JournalDraft> programmeJournals = new ArrayList<>();
        if (approved) {
            approvalDecision = decision(approvalMeeting, "APPROVE_ALLOCATION", "Allocation to joint programme " + id, total, id);
            programmeJournals.add(new JournalDraft(approvedOn, "COMMITMENT", "Commitment to programme " + id
                    + " on decision " + approvalDecision, approvalDecision)
                    .move("COMMITMENTS", "COMMITMENTS_CONTRA", pool, total, null, null, id));
            commitmentsByPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(new Object[] {approvedOn, total});

            // Two tranches, half each, a year apart, each instructed at a meeting; the first makes it active.
            int[] trancheMeetings = {approvalMeeting, meetingOnOrAfter(approvedOn.plusMonths(12))};
            if (approvedOn.isAfter(END.minusMonths(12)) && random.nextInt(10) < 3) {
                trancheMeetings[0] = -1; // approved, first transfer not yet instructed
            }
            BigDecimal[] transferred = new BigDecimal[orgs.length];
            java.util.Arrays.fill(transferred, BigDecimal.ZERO);
            for (int t = 0; t < 2; t++) {
                int m = trancheMeetings[t];
                if (m < 0 || meetingDates.get(m).plusDays(10).isAfter(END) || meetingDates.get(m).isAfter(endsOn)) {
                    break;
                }
                BigDecimal[] amounts = new BigDecimal[orgs.length];
                BigDecimal instructed = BigDecimal.ZERO;
                for (int k = 0; k < orgs.length; k++) {
                    amounts[k] = t == 0 ? orgTotals[k].divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)
                            : orgTotals[k].subtract(transferred[k]);
                    instructed = instructed.add(amounts[k]);
                }
                long decisionId = decision(m, "INSTRUCT_TRANSFER", "Transfer of tranche " + (t + 1) + " of joint programme "
                        + id, instructed, id);
                LocalDate on = meetingDates.get(m).plusDays(10);
                for (int k = 0; k < orgs.length; k++) {
                    long org = orgIds[orgs[k]];
                    BigDecimal amount = amounts[k];
                    transferred[k] = transferred[k].add(amount);
                    JournalDraft j = new JournalDraft(on, "TRANSFER", "Transfer to " + ORGS[orgs[k]] + " for programme "
                            + id + " on decision " + decisionId, decisionId)
                            .move("TRANSFERS_TO_ORGANISATIONS", "CASH", pool, amount, null, org, id)
                            .move("COMMITMENTS_CONTRA", "COMMITMENTS", pool, amount, null, null, id);
                    int tranche = t + 1;
                    j.afterId = () -> row("programming.programme_transfer", nextTransfer++, id, org, tranche, decisionId,
                            amount, j.id, "transfer-" + id + "-" + org + "-" + tranche, "agent", on.atTime(11, 0));
                    programmeJournals.add(j);
                }
                if (t == 0) {
                    status = "ACTIVE";
                }
            }
            // Expenditure reported once a year per organisation (a share of what it holds), the report that goes
            // with it, and a progress report a year; at the end, closure and the refund of what was left.
            boolean closes = endsOn.plusMonths(6).isBefore(END);
            BigDecimal[] spent = new BigDecimal[orgs.length];
            java.util.Arrays.fill(spent, BigDecimal.ZERO);
            int lastYear = Math.min(endsOn.getYear(), END.getYear() - 1);
            for (int year = approvedOn.getYear(); year <= lastYear && status.equals("ACTIVE"); year++) {
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                boolean last = year == endsOn.getYear();
                if (random.nextDouble() < keepReport) {
                    LocalDate due = LocalDate.of(year + 1, 3, 31);
                    String rs = reportStatus(due);
                    row("monitoring.progress_report", nextProgress++, fundId, id, orgIds[orgs[0]], String.valueOf(year),
                            LocalDate.of(year, 1, 1), yearEnd, due, rs, "focal." + ORGS[orgs[0]].toLowerCase(),
                            due.minusDays(5).atTime(9, 0), rs.equals("SUBMITTED") ? null : "fmu",
                            rs.equals("SUBMITTED") ? null : due.plusDays(20).atTime(9, 0), null);
                }
                for (int k = 0; k < orgs.length; k++) {
                    long org = orgIds[orgs[k]];
                    String acronym = ORGS[orgs[k]];
                    BigDecimal received = BigDecimal.ZERO;
                    // what it had received by the end of that year
                    for (JournalDraft j : programmeJournals) {
                        if (j.kind.equals("TRANSFER") && !j.date.isAfter(yearEnd) && org == (Long) j.lines.get(0)[4]) {
                            received = received.add((BigDecimal) j.lines.get(0)[2]);
                        }
                    }
                    BigDecimal holds = received.subtract(spent[k]);
                    if (holds.signum() <= 0) {
                        continue;
                    }
                    BigDecimal share = last ? new BigDecimal("0.9") : new BigDecimal("0.4").add(
                            BigDecimal.valueOf(random.nextInt(30), 2));
                    BigDecimal amount = holds.multiply(share).setScale(2, RoundingMode.DOWN);
                    if (amount.signum() <= 0) {
                        continue;
                    }
                    spent[k] = spent[k].add(amount);
                    LocalDate on = LocalDate.of(year + 1, 4, 30).isAfter(END) ? END : LocalDate.of(year + 1, 4, 30);
                    JournalDraft j = new JournalDraft(on, "EXPENDITURE", "Expenditure of " + ORGS[orgs[k]] + " on programme "
                            + id + " in " + year, null)
                            .move("EXPENDITURE_REPORTED", "EXPENDITURE_CONTRA", pool, amount, null, org, id);
                    programmeJournals.add(j);
                    if (random.nextDouble() < keepReport) {
                        int reportYear = year;
                        String rs = reportStatus(on);
                        boolean accepted = rs.equals("ACCEPTED");
                        j.afterId = () -> row("monitoring.expenditure_report", nextExpenditure++, fundId, id, org,
                                reportYear, last, amount, LocalDate.of(reportYear + 1, 4, 30), rs,
                                accepted ? j.id : null, "focal." + acronym.toLowerCase(), on.minusDays(3).atTime(9, 0),
                                accepted ? "fmu" : null, accepted ? on.atTime(15, 0) : null, null);
                    }
                }
            }
            if (status.equals("ACTIVE") && closes) {
                operationallyClosed = endsOn;
                status = "OPERATIONALLY_CLOSED";
                BigDecimal notTransferred = total;
                for (BigDecimal t : transferred) {
                    notTransferred = notTransferred.subtract(t);
                }
                if (notTransferred.signum() > 0) { // what was never transferred goes back to the pool
                    programmeJournals.add(new JournalDraft(endsOn, "COMMITMENT", "Release of commitment to programme "
                            + id + ": closed", approvalDecision)
                            .move("COMMITMENTS_CONTRA", "COMMITMENTS", pool, notTransferred, null, null, id));
                }
                LocalDate financialClosure = LocalDate.of(endsOn.getYear() + 1, 6, 30);
                if (financialClosure.isBefore(END)) {
                    financiallyClosed = financialClosure;
                    status = "FINANCIALLY_CLOSED";
                    for (int k = 0; k < orgs.length; k++) {
                        BigDecimal left = transferred[k].subtract(spent[k]);
                        if (left.signum() > 0) {
                            programmeJournals.add(new JournalDraft(financiallyClosed, "REFUND_FROM_ORGANISATION",
                                    "Refund from " + ORGS[orgs[k]] + " for programme " + id, null)
                                    .move("CASH", "REFUNDS_FROM_ORGANISATIONS", pool, left, null, orgIds[orgs[k]], id));
                        }
                    }
                }
            } else if (status.equals("ACTIVE") && random.nextInt(100) < 4) {
                status = "SUSPENDED";
                beforeSuspension = "ACTIVE";
            }
        }
        journals.addAll(programmeJournals);

        String[] country = countries.get(random.nextInt(countries.size()));
        row("programming.joint_programme", id, fundId, noteId, orgIds[orgs[0]], "Joint programme " + id + ": "
                        + title(area) + " in " + country[0], "NATIONAL", area, "USD", startsOn, endsOn, status,
                beforeSuspension, approvalDecision, approved ? total : null, operationallyClosed, financiallyClosed);
        for (int o : orgs) {
            row("programming.programme_organisation", id, orgIds[o]);
        }
        row("programming.programme_country", id, country[0], country[1]);
        for (Object[] b : budget) {
            row("programming.budget_line", id, b[0], b[1], b[2]);
        }
    }

    private String reportStatus(LocalDate due) {
        if (due.isAfter(END.minusMonths(2))) {
            return "SUBMITTED";
        }
        return random.nextInt(20) == 0 ? "RETURNED" : "ACCEPTED";
    }

    /**
     * Contributors, their agreements and deposits. The deposits are many (they make up the rest of the ledger's
     * lines) and sized so that every pool holds, before each commitment, enough to cover everything committed
     * from it so far plus the operating reserve: availability never goes negative, and neither does cash.
     */
    private void generateContributorsAndDeposits() {
        int programmeLines = 0;
        for (JournalDraft j : journals) {
            programmeLines += j.lines.size();
        }
        int deposits = Math.max(scale.contributors(), (scale.ledgerLines() - programmeLines) / 4);

        String[] types = {"GOVERNMENT", "GOVERNMENT", "GOVERNMENT", "FOUNDATION", "PRIVATE_SECTOR", "MULTILATERAL", "OTHER"};
        int signed = scale.contributors() * 17 / 20;
        List<long[]> agreementsOfPool = new ArrayList<>(); // agreement id, contributor id
        List<String> agreementPool = new ArrayList<>();
        List<LocalDate> agreementSigned = new ArrayList<>();
        List<String> agreementCurrency = new ArrayList<>();
        List<String> pools = new ArrayList<>(List.of("UNEARMARKED"));
        for (int a = 1; a <= 5; a++) {
            pools.add("AREA:" + a);
        }
        for (int c = 0; c < scale.contributors(); c++) {
            long id = nextContributor++;
            String[] country = countries.get(random.nextInt(countries.size()));
            String stage = c < signed ? "AGREEMENT_SIGNED" : c % 2 == 0 ? "PLEDGED" : "PROSPECT";
            row("mobilisation.contributor", id, String.format("Contributor %03d of %s", id, country[0]),
                    types[c % types.length], country[0], "Contact " + id, "contact" + id + "@example.org", stage,
                    stage.equals("AGREEMENT_SIGNED") ? null : money(100_000, 5_000_000),
                    stage.equals("AGREEMENT_SIGNED") ? null : "USD");
            if (!stage.equals("AGREEMENT_SIGNED")) {
                continue;
            }
            // Every pool has agreements: the first contributors give to each pool in turn, the rest at random.
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                long agreement = nextAgreement++;
                String pool = c < pools.size() && k == 0 ? pools.get(c)
                        : random.nextInt(10) < 6 ? "UNEARMARKED" : pools.get(1 + random.nextInt(5));
                LocalDate signedOn = k == 0 && c < pools.size() ? START
                        : START.plusDays(random.nextInt((int) (END.toEpochDay() - START.toEpochDay() - 400)));
                agreementsOfPool.add(new long[] {agreement, id});
                agreementPool.add(pool);
                agreementSigned.add(signedOn);
                agreementCurrency.add(random.nextInt(4) == 0 ? "EUR" : "USD");
            }
        }

        // Deposit days: each agreement gets its share, spread from its signature to the end of the history.
        int agreements = agreementsOfPool.size();
        List<Object[]> drafts = new ArrayList<>(deposits); // agreement index, date, usd
        for (int d = 0; d < deposits; d++) {
            int a = d < agreements ? d : random.nextInt(agreements);
            LocalDate from = agreementSigned.get(a);
            LocalDate on = d < agreements ? from.plusDays(1)
                    : from.plusDays(1 + random.nextInt((int) (END.toEpochDay() - from.toEpochDay())));
            drafts.add(new Object[] {a, on, money(20_000, 60_000)});
        }
        drafts.sort(Comparator.comparing((Object[] o) -> (LocalDate) o[1]).thenComparing(o -> (Integer) o[0]));
        // Top up, per pool, the last deposit before each commitment that would otherwise find too little money.
        for (String pool : pools) {
            List<Object[]> commits = new ArrayList<>(commitmentsByPool.getOrDefault(pool, List.of()));
            commits.sort(Comparator.comparing(o -> (LocalDate) o[0]));
            BigDecimal committed = BigDecimal.ZERO;
            int di = 0;
            BigDecimal net = BigDecimal.ZERO;
            Object[] lastBefore = null;
            for (Object[] commit : commits) {
                LocalDate on = (LocalDate) commit[0];
                while (di < drafts.size() && ((LocalDate) drafts.get(di)[1]).isBefore(on)) {
                    Object[] dd = drafts.get(di++);
                    if (agreementPool.get((Integer) dd[0]).equals(pool)) {
                        net = net.add(netOf((BigDecimal) dd[2]));
                        lastBefore = dd;
                    }
                }
                committed = committed.add((BigDecimal) commit[1]);
                BigDecimal needed = committed.add(RESERVE).add(new BigDecimal("1000"));
                if (net.compareTo(needed) < 0) {
                    if (lastBefore == null) {
                        throw new IllegalStateException("pool " + pool + " has no deposit before its commitment on " + on);
                    }
                    BigDecimal missing = needed.subtract(net);
                    // usd so that usd - fee >= old net + missing: divide by 0.99 and round up
                    BigDecimal usd = ((BigDecimal) lastBefore[2]).add(missing.divide(new BigDecimal("0.99"), 2,
                            RoundingMode.UP)).add(BigDecimal.ONE);
                    net = net.subtract(netOf((BigDecimal) lastBefore[2])).add(netOf(usd));
                    lastBefore[2] = usd;
                }
            }
        }

        // The rows: deposits (with their journals), agreements totalling what was deposited, instalments a year.
        BigDecimal[] depositedOriginal = new BigDecimal[agreements];
        java.util.Arrays.fill(depositedOriginal, BigDecimal.ZERO);
        BigDecimal eurRate = new BigDecimal("1.10000000");
        for (Object[] dd : drafts) {
            int a = (Integer) dd[0];
            LocalDate on = (LocalDate) dd[1];
            long agreement = agreementsOfPool.get(a)[0];
            long contributor = agreementsOfPool.get(a)[1];
            String currency = agreementCurrency.get(a);
            BigDecimal rate = currency.equals("EUR") ? eurRate : BigDecimal.ONE.setScale(8);
            BigDecimal usdWanted = (BigDecimal) dd[2];
            BigDecimal original = usdWanted.divide(rate, 2, RoundingMode.UP);
            BigDecimal usd = original.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal fee = usd.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_EVEN);
            depositedOriginal[a] = depositedOriginal[a].add(original);
            String pool = agreementPool.get(a);
            JournalDraft j = new JournalDraft(on, "DEPOSIT", "Deposit of " + currency + " " + original.toPlainString()
                    + " under agreement " + agreementReference(agreement, on), null)
                    .move("CASH", "CONTRIBUTIONS", pool, usd, contributor, null, null)
                    .move("AA_FEES", "CASH", pool, fee, contributor, null, null);
            long depositId = nextDeposit++;
            j.afterId = () -> row("mobilisation.deposit", depositId, fundId, agreement, null, on, original, currency,
                    rate, usd, fee, j.id);
            journals.add(j);
        }
        for (int a = 0; a < agreements; a++) {
            long agreement = agreementsOfPool.get(a)[0];
            String pool = agreementPool.get(a);
            String kind = pool.equals("UNEARMARKED") ? "UNEARMARKED" : "THEMATIC_AREA";
            String value = pool.equals("UNEARMARKED") ? null : pool.substring("AREA:".length());
            LocalDate signedOn = agreementSigned.get(a);
            BigDecimal total = depositedOriginal[a].signum() > 0 ? depositedOriginal[a] : new BigDecimal("100000.00");
            row("mobilisation.agreement", agreement, fundId, agreementsOfPool.get(a)[1],
                    agreementReference(agreement, signedOn), signedOn, agreementCurrency.get(a), total, kind, value);
            int instalments = Math.max(1, Math.min(10, END.getYear() - signedOn.getYear()));
            BigDecimal each = total.divide(BigDecimal.valueOf(instalments), 2, RoundingMode.DOWN);
            for (int i = 1; i <= instalments; i++) {
                BigDecimal amount = i == instalments ? total.subtract(each.multiply(BigDecimal.valueOf(instalments - 1))) : each;
                row("mobilisation.instalment", nextInstalment++, agreement, i, signedOn.plusYears(i - 1).plusMonths(1),
                        amount);
            }
        }
    }

    private static String agreementReference(long agreement, LocalDate signedOn) {
        return String.format("SAA-MIG-%d-%04d", signedOn.getYear(), agreement);
    }

    private static BigDecimal netOf(BigDecimal usd) {
        return usd.subtract(usd.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_EVEN));
    }

    /** The ledger in value-date order: journal ids grow with the date, as they would have been recorded. */
    private void orderJournals() {
        journals.sort(Comparator.comparing((JournalDraft j) -> j.date));
        long lineId = 1;
        long id = 1;
        for (JournalDraft j : journals) {
            j.id = id++;
            row("mobilisation.journal", j.id, fundId, j.kind, j.date, j.description, null, null,
                    j.kind.equals("DEPOSIT") ? "agent" : j.kind.equals("EXPENDITURE") ? "fmu" : "agent",
                    j.date.atTime(10, 0), j.decisionId);
            for (Object[] l : j.lines) {
                row("mobilisation.journal_line", lineId++, j.id, fundId, j.date, l[0], l[1], l[2], "USD", l[3], l[4], l[5]);
            }
            if (j.afterId != null) {
                j.afterId.run();
            }
        }
    }

    private BigDecimal money(int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from) * 1L).setScale(2);
    }

    private void row(String table, Object... values) {
        StringBuilder b = tables.get(table);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                b.append("\\N");
            } else if (v instanceof BigDecimal d) {
                b.append(d.toPlainString());
            } else {
                String s = v.toString();
                if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\\') >= 0) {
                    s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
                }
                b.append(s);
            }
        }
        b.append('\n');
        rowCounts.merge(table, 1, Integer::sum);
    }

    // -------------------------------------------------------------------------------------------------------- load

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("governance.meeting", "id, fund_id, meets_on, title, location, status"),
            Map.entry("governance.decision", "id, fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency"),
            Map.entry("governance.decision_subject", "decision_id, record_type, record_id"),
            Map.entry("mobilisation.contributor", "id, name, contributor_type, country_code, contact_name, contact_email, pipeline_stage, expected_amount, expected_currency"),
            Map.entry("mobilisation.agreement", "id, fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value"),
            Map.entry("mobilisation.instalment", "id, agreement_id, sequence_no, due_on, amount"),
            Map.entry("mobilisation.journal", "id, fund_id, kind, value_date, description, idempotency_key, reverses_id, recorded_by, recorded_at, decision_id"),
            Map.entry("mobilisation.journal_line", "id, journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id, organisation_id, programme_id"),
            Map.entry("mobilisation.deposit", "id, fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id"),
            Map.entry("programming.call_for_notes", "id, fund_id, title, opens_on, closes_on, budget_ceiling, max_duration_months, status"),
            Map.entry("programming.call_scope", "call_id, scope"),
            Map.entry("programming.call_thematic_area", "call_id, area_number"),
            Map.entry("programming.concept_note", "id, fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area, requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status, screening_reasons, submitted_at"),
            Map.entry("programming.concept_note_organisation", "note_id, organisation_id"),
            Map.entry("programming.joint_programme", "id, fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency, starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on, financially_closed_on"),
            Map.entry("programming.programme_organisation", "programme_id, organisation_id"),
            Map.entry("programming.programme_country", "programme_id, country_code, region"),
            Map.entry("programming.budget_line", "programme_id, organisation_id, category_code, amount"),
            Map.entry("programming.programme_transfer", "id, programme_id, organisation_id, tranche, decision_id, amount, journal_id, idempotency_key, transferred_by, transferred_at"),
            Map.entry("monitoring.progress_report", "id, fund_id, programme_id, organisation_id, period, period_start, period_end, due_on, status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment"),
            Map.entry("monitoring.expenditure_report", "id, fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status, journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment"));

    void load(Connection c) throws SQLException, java.io.IOException {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (var table : tables.entrySet()) {
            long t0 = System.nanoTime();
            String sql = "copy " + table.getKey() + " (" + COLUMNS.get(table.getKey()) + ") from stdin";
            long rows = copy.copyIn(sql, new StringReader(table.getValue().toString()));
            table.setValue(new StringBuilder()); // free it
            c.commit(); // the journal lines' deferred balance check runs here
            System.out.printf("  %-40s %,10d rows  %6.1f s%n", table.getKey(), rows, (System.nanoTime() - t0) / 1e9);
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables.keySet()) {
                if (COLUMNS.get(table).startsWith("id,")) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
                }
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
    }

    // ------------------------------------------------------------------------------------------------------ verify

    /** The invariants, checked in SQL over what was loaded: each query counts the rows that break one. */
    static final Map<String, String> CHECKS = Map.of(
            "unbalanced journals", "select count(*) from (select journal_id from mobilisation.journal_line"
                    + " group by journal_id, currency having sum(amount) <> 0) x",
            "pool cash below zero on some day", "select count(*) from (select pool, sum(sum(amount)) over (partition by pool"
                    + " order by value_date) as cash from mobilisation.journal_line where account = 'CASH'"
                    + " group by pool, value_date) x where cash < 0",
            "pool committed beyond its money on some day", "select count(*) from (select pool, value_date,"
                    + " sum(sum(case when account = 'CASH' then amount else 0 end)) over w as cash,"
                    + " sum(sum(case when account = 'COMMITMENTS' then amount else 0 end)) over w as outstanding"
                    + " from mobilisation.journal_line where account in ('CASH', 'COMMITMENTS') group by pool, value_date"
                    + " window w as (partition by pool order by value_date)) x where cash - outstanding < 0",
            "programmes with negative outstanding commitment", "select count(*) from (select programme_id from"
                    + " mobilisation.journal_line where account = 'COMMITMENTS' group by programme_id having sum(amount) < 0) x",
            "programmes transferred beyond their approval", "select count(*) from programming.joint_programme p join"
                    + " (select programme_id, sum(amount) t from mobilisation.journal_line where account = 'TRANSFERS_TO_ORGANISATIONS'"
                    + " group by programme_id) x on x.programme_id = p.id where p.approved_total is null or x.t > p.approved_total",
            "organisations that spent or returned more than they received", "select count(*) from (select programme_id,"
                    + " organisation_id from mobilisation.journal_line where account in ('TRANSFERS_TO_ORGANISATIONS',"
                    + " 'EXPENDITURE_REPORTED', 'REFUNDS_FROM_ORGANISATIONS') and organisation_id is not null"
                    + " group by programme_id, organisation_id having sum(case when account = 'TRANSFERS_TO_ORGANISATIONS'"
                    + " then amount when account = 'EXPENDITURE_REPORTED' then -amount else amount end) < 0) x",
            "budgets with indirect costs above 7%", "select count(*) from (select programme_id, organisation_id from"
                    + " programming.budget_line group by programme_id, organisation_id having sum(case when category_code"
                    + " = 'ISC' then amount else 0 end) > 0.07 * sum(case when category_code <> 'ISC' then amount else 0 end)) x",
            "programmes whose budget is not their approved total", "select count(*) from programming.joint_programme p"
                    + " where p.approved_total is not null and p.approved_total <> (select sum(amount) from"
                    + " programming.budget_line b where b.programme_id = p.id)",
            // rounded half-even to cents, as the application does (PostgreSQL's round() goes half away from zero)
            "deposits whose fee is not 1%", "select count(*) from mobilisation.deposit where abs(fee_amount"
                    + " - usd_amount * 0.01) > 0.005");

    void verify(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<String> broken = new ArrayList<>();
            for (var check : CHECKS.entrySet()) {
                try (ResultSet r = s.executeQuery(check.getValue())) {
                    r.next();
                    long n = r.getLong(1);
                    System.out.printf("  check %-60s %s%n", check.getKey(), n == 0 ? "ok" : n + " BROKEN");
                    if (n != 0) {
                        broken.add(check.getKey());
                    }
                }
            }
            try (ResultSet r = s.executeQuery("select (select count(*) from mobilisation.journal_line),"
                    + " (select count(*) from mobilisation.journal), (select count(*) from programming.joint_programme),"
                    + " (select count(*) from mobilisation.contributor), (select count(*) from monitoring.progress_report)"
                    + " + (select count(*) from monitoring.expenditure_report), (select min(value_date) from mobilisation.journal),"
                    + " (select max(value_date) from mobilisation.journal)")) {
                r.next();
                System.out.printf("  ledger entries %,d in %,d journals; programmes %,d; contributors %,d; reports %,d;"
                                + " history %s to %s%n", r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getDate(6), r.getDate(7));
            }
            try (ResultSet r = s.executeQuery("select status, count(*) from programming.joint_programme group by status"
                    + " order by status")) {
                StringBuilder b = new StringBuilder("  programmes by status:");
                while (r.next()) {
                    b.append(' ').append(r.getString(1)).append('=').append(r.getLong(2));
                }
                System.out.println(b);
            }
            if (!broken.isEmpty()) {
                throw new IllegalStateException("the volume data breaks invariants: " + broken);
            }
        }
    }

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }
}
