package org.migrationmptf.programming.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.ProgrammeMoney;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.BudgetLineInput;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.domain.Budget;
import org.migrationmptf.programming.domain.BudgetLine;
import org.migrationmptf.programming.domain.JointProgramme;

/**
 * Finds joint programmes as the caller may see them and turns them into views. A focal point sees the programmes
 * its organisation takes part in; contributors see approved ones; the FMU, auditors, the committee and the
 * Administrative Agent see all (the last two not drafts). Another's programme is "not found".
 */
@RequestScoped
public class ProgrammeLookup {

    /** What a contributor may read: programmes the committee has approved. */
    static final Set<ProgrammeStatus> APPROVED_ONWARDS = EnumSet.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE,
            ProgrammeStatus.SUSPENDED, ProgrammeStatus.OPERATIONALLY_CLOSED, ProgrammeStatus.FINANCIALLY_CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Participation participation;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    FundMoney fundMoney;

    @Inject
    ProgrammeSatellites satellitesKept;

    public JointProgramme visible(long id) {
        JointProgramme programme = em.find(JointProgramme.class, id);
        return seen(programme, id);
    }

    /**
     * A programme the caller may see, read with its organisations and countries in one statement (a row per pair,
     * a few dozen), for {@link #view}, which shows both: two statements fewer than reading each collection when first
     * touched. The budget lines stay a statement of their own: joined too, they would multiply the rows again.
     */
    public JointProgramme visibleForView(long id) {
        JointProgramme programme = em.createQuery("select p from JointProgramme p left join fetch p.organisationIds"
                        + " left join fetch p.countries where p.id = :id", JointProgramme.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        return seen(programme, id);
    }

    /** A programme the caller may see, locked until the transaction ends (money steps on it go one at a time). */
    public JointProgramme visibleAndLocked(long id) {
        // Locked as it is read: locking an entity read earlier would also check its version, and fail where the
        // caller should simply wait its turn.
        JointProgramme programme = em.find(JointProgramme.class, id, LockModeType.PESSIMISTIC_WRITE);
        return seen(programme, id);
    }

    /** The programme if the caller may see it; another's programme, like one that does not exist, is not found. */
    private JointProgramme seen(JointProgramme programme, long id) {
        if (programme == null || !maySee(programme)) {
            throw new RecordNotFoundException("id", "No joint programme " + id);
        }
        return programme;
    }

    /** A programme the caller's organisation leads (what its focal point may change). */
    public JointProgramme led(long id) {
        JointProgramme programme = visible(id);
        if (!participation.isFocalPointOf(programme.getLeadOrganisationId())) {
            throw new AccessDeniedException("Only the lead organisation's focal point changes the programme document");
        }
        return programme;
    }

    boolean maySee(JointProgramme p) {
        if (participation.hasRole(Roles.FUND_MANAGER) || participation.hasRole(Roles.AUDITOR)) {
            return true;
        }
        if ((participation.hasRole(Roles.SC_MEMBER) || participation.hasRole(Roles.ADMIN_AGENT))
                && p.getStatus() != ProgrammeStatus.DRAFT) {
            return true;
        }
        if (participation.ownOrganisation().map(o -> p.involves(o.id())).orElse(false)) {
            return true;
        }
        return participation.hasRole(Roles.CONTRIBUTOR) && APPROVED_ONWARDS.contains(p.getStatus());
    }

    /** Budget lines from the caller's acronyms; an unknown organisation or category is named with its line. */
    public Budget budget(List<BudgetLineInput> lines) {
        Set<String> categories = categoryCodes();
        List<BudgetLine> converted = new ArrayList<>();
        Set<String> cells = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLineInput line = lines.get(i);
            long organisation = participation.organisationId(line.organisation(), "lines[" + i + "].organisation");
            String category = line.category().strip().toUpperCase(java.util.Locale.ROOT);
            if (!categories.contains(category)) {
                throw new BusinessRuleException("lines[" + i + "].category", category
                        + " is not a UNSDG budget category (1 to 7, or ISC)");
            }
            if (!cells.add(organisation + "/" + category)) {
                throw new BusinessRuleException("lines[" + i + "]", line.organisation() + " has category " + category
                        + " on two lines: one cell, one line");
            }
            converted.add(new BudgetLine(organisation, category, line.amount()));
        }
        return Budget.of(converted);
    }

    public List<String> problems(JointProgramme p, Budget budget, FundView fund) {
        return budget.problems(new BigDecimal(fund.indirectCostCapRate()), p.getOrganisationIds(), categoryCodes(),
                participation::acronym);
    }

    /**
     * The UNSDG budget categories' codes, read once per request: they are reference data the application never
     * changes, and an export shows thousands of programmes' budgets in one request.
     */
    private Set<String> categoryCodes() {
        if (categoryCodes == null) {
            Set<String> codes = new TreeSet<>();
            referenceData.budgetCategories().stream().map(BudgetCategoryView::code).forEach(codes::add);
            categoryCodes = java.util.Collections.unmodifiableSet(codes);
        }
        return categoryCodes;
    }

    private Set<String> categoryCodes;

    public BudgetView budgetView(JointProgramme p, Budget budget, FundView fund) {
        Currency currency = Money.currency(p.getCurrency());
        BigDecimal cap = new BigDecimal(fund.indirectCostCapRate());
        List<BudgetView.OrganisationBudget> rows = new ArrayList<>();
        BigDecimal direct = BigDecimal.ZERO;
        BigDecimal indirect = BigDecimal.ZERO;
        for (var row : budget.matrix().entrySet()) {
            long organisation = row.getKey();
            Map<String, MoneyView> cells = new LinkedHashMap<>();
            row.getValue().forEach((category, amount) -> cells.put(category, money(amount, currency)));
            BigDecimal rate = budget.indirectRate(organisation);
            rows.add(new BudgetView.OrganisationBudget(participation.acronym(organisation), cells,
                    money(budget.direct(organisation), currency), money(budget.indirect(organisation), currency),
                    money(budget.share(organisation), currency), rate == null ? null : rate.toPlainString(),
                    budget.withinCap(organisation, cap)));
            direct = direct.add(budget.direct(organisation));
            indirect = indirect.add(budget.indirect(organisation));
        }
        return new BudgetView(p.getCurrency(), rows, money(direct, currency), money(indirect, currency),
                money(direct.add(indirect), currency), fund.indirectCostCapRate(), problems(p, budget, fund));
    }

    public ProgrammeView view(JointProgramme p) {
        return views(List.of(p)).get(0);
    }

    /**
     * Programmes the caller may see, read with their organisations and countries (the budget lines follow in one
     * batch when first touched), in the order of the ids; those the caller may not see, or that do not exist, are
     * left out. For a few hundred at a time: the whole-fund exports read every approved programme so.
     */
    public List<JointProgramme> visibleForViews(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, JointProgramme> byId = new HashMap<>();
        em.createQuery("select distinct p from JointProgramme p left join fetch p.organisationIds"
                        + " left join fetch p.countries where p.id in :ids", JointProgramme.class)
                .setParameter("ids", ids).getResultList().forEach(p -> byId.put(p.getId(), p));
        return ids.stream().map(byId::get).filter(p -> p != null && maySee(p)).toList();
    }

    /**
     * Views of programmes, in their order, with a bounded number of statements however many: the ledger's money of
     * the funded ones in one read per fund, the final expenditure of all in one.
     */
    public List<ProgrammeView> views(List<JointProgramme> programmes) {
        Map<Long, ProgrammeMoney> money = new HashMap<>();
        programmes.stream().filter(ProgrammeLookup::funded)
                .collect(Collectors.groupingBy(JointProgramme::getFundId, Collectors.mapping(JointProgramme::getId,
                        Collectors.toList())))
                .forEach((fundId, ids) -> money.putAll(fundMoney.programmeMoney(funds.fundById(fundId).code(), ids)));
        Map<Long, Map<Long, BigDecimal>> expenditure = new HashMap<>();
        if (!programmes.isEmpty()) {
            em.createQuery("select e.programme.id, e.organisationId, e.amount from FinalExpenditure e"
                            + " where e.programme in :ps", Object[].class)
                    .setParameter("ps", programmes).getResultList()
                    .forEach(e -> expenditure.computeIfAbsent((Long) e[0], k -> new HashMap<>())
                            .put((Long) e[1], (BigDecimal) e[2]));
        }
        return programmes.stream().map(p -> view(p, money.get(p.getId()),
                expenditure.getOrDefault(p.getId(), Map.of()))).toList();
    }

    private static boolean funded(JointProgramme p) {
        return APPROVED_ONWARDS.contains(p.getStatus()) || p.getStatus() == ProgrammeStatus.CANCELLED;
    }

    private ProgrammeView view(JointProgramme p, ProgrammeMoney money, Map<Long, BigDecimal> expenditure) {
        FundView fund = funds.fundById(p.getFundId());
        Currency currency = Money.currency(p.getCurrency());
        Budget budget = p.budget();
        Map<Long, ProgrammeMoney.OrganisationMoney> ledger = new HashMap<>();
        if (money != null) {
            money.organisations().forEach(o -> ledger.put(o.organisationId(), o));
        }
        Set<Long> organisations = new TreeSet<>(budget.matrix().keySet());
        organisations.addAll(ledger.keySet());
        List<ProgrammeView.OrganisationMoney> rows = new ArrayList<>();
        for (long organisation : organisations) {
            var received = ledger.get(organisation);
            BigDecimal transferred = received == null ? BigDecimal.ZERO : new BigDecimal(received.transferred().amount());
            BigDecimal refunded = received == null ? BigDecimal.ZERO : new BigDecimal(received.refunded().amount());
            BigDecimal share = budget.share(organisation);
            rows.add(new ProgrammeView.OrganisationMoney(participation.acronym(organisation), money(share, currency),
                    money(transferred, currency), money(refunded, currency),
                    money(share.subtract(transferred).max(BigDecimal.ZERO), currency),
                    expenditure.containsKey(organisation) ? money(expenditure.get(organisation), currency) : null));
        }
        return new ProgrammeView(p.getId(), fund.code(), p.getConceptNote().getId(), p.getTitle(),
                participation.acronym(p.getLeadOrganisationId()), acronyms(p.getOrganisationIds()), p.getScope(),
                p.getThematicArea(), p.countryCodes(), p.regions(), p.getStartsOn(), p.getEndsOn(), p.getStatus(),
                p.getApprovalDecisionId(), budgetView(p, budget, fund), money == null ? null : money.outstandingCommitment(),
                rows, p.getOperationallyClosedOn(), p.getFinanciallyClosedOn(), p.getVersion());
    }

    /**
     * A programme as a list shows it: its own columns, read as values. Lists select these rather than entities, so
     * a page of rows leaves nothing in the persistence context for Hibernate to check for changes when the
     * transaction ends, and no proxies are made for the concept notes behind them.
     */
    public record Row(Long id, Long fundId, String title, Long leadOrganisationId,
                      org.migrationmptf.programming.api.Scope scope, Integer thematicArea, ProgrammeStatus status,
                      String currency, java.time.LocalDate startsOn, java.time.LocalDate endsOn, Long version,
                      java.time.Instant updatedAt) {
    }

    /**
     * The select of {@link Row}s (Hibernate calls the record's constructor with the columns, boxed), from
     * {@code JointProgramme p}: add a where clause and an order.
     */
    public static final String ROWS = "select p.id, p.fundId, p.title, p.leadOrganisationId, p.scope, p.thematicArea,"
            + " p.status, p.currency, p.startsOn, p.endsOn, p.version, p.updatedAt from JointProgramme p";

    /**
     * Rows of a list, in their order. The programmes' organisations, regions and budget totals come from memory for
     * the versions read before (see ProgrammeSatellites), and from one statement for the others (per five thousand
     * programmes) instead of one per collection; names come from memory (see RecordNames). So a page costs the same
     * few statements whatever its size.
     */
    public List<ProgrammeSummary> summaries(List<Row> rows) {
        Map<Long, ProgrammeSatellites.Satellites> known = new HashMap<>();
        List<Row> unknown = new ArrayList<>();
        for (Row row : rows) {
            var satellites = satellitesKept.known(row.id(), row.version(), row.updatedAt());
            if (satellites == null) {
                unknown.add(row);
            } else {
                known.put(row.id(), satellites);
            }
        }
        known.putAll(read(unknown));
        Set<Long> named = new java.util.HashSet<>();
        rows.forEach(p -> named.add(p.leadOrganisationId()));
        known.values().forEach(k -> named.addAll(k.organisations()));
        Map<Long, String> acronyms = participation.acronyms(named);
        Map<Long, String> fundCodes = funds.fundCodes(rows.stream().map(Row::fundId).distinct().toList());
        return rows.stream().map(p -> {
            var satellites = known.get(p.id());
            Set<String> names = new TreeSet<>();
            satellites.organisations().forEach(id -> names.add(acronyms.getOrDefault(id, String.valueOf(id))));
            return new ProgrammeSummary(p.id(), fundCodes.get(p.fundId()), p.title(),
                    acronyms.getOrDefault(p.leadOrganisationId(), String.valueOf(p.leadOrganisationId())), names,
                    p.scope(), p.thematicArea(), new TreeSet<>(satellites.regions()), p.status(),
                    money(satellites.budget(), Money.currency(p.currency())), p.startsOn(), p.endsOn());
        }).toList();
    }

    /**
     * The organisations, regions and budget totals of programmes not kept yet: one statement for all of them (per
     * five thousand), remembered for the next list.
     */
    private Map<Long, ProgrammeSatellites.Satellites> read(List<Row> rows) {
        Map<Long, Set<Long>> organisations = new HashMap<>();
        Map<Long, Set<String>> regions = new HashMap<>();
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream().map(Row::id).toList();
            for (Object row : em.createNativeQuery(SATELLITES).setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) row;
                long programme = ((Number) r[0]).longValue();
                switch (r[1].toString().strip()) {
                    case "O" -> organisations.computeIfAbsent(programme, k -> new java.util.HashSet<>())
                            .add(((Number) r[2]).longValue());
                    case "R" -> regions.computeIfAbsent(programme, k -> new TreeSet<>()).add((String) r[3]);
                    default -> totals.put(programme, (BigDecimal) r[4]);
                }
            }
        }
        Map<Long, ProgrammeSatellites.Satellites> read = new HashMap<>();
        for (Row row : rows) {
            var satellites = new ProgrammeSatellites.Satellites(Set.copyOf(organisations.getOrDefault(row.id(), Set.of())),
                    Set.copyOf(regions.getOrDefault(row.id(), Set.of())),
                    totals.getOrDefault(row.id(), BigDecimal.ZERO));
            satellitesKept.remember(row.id(), row.version(), row.updatedAt(), satellites);
            read.put(row.id(), satellites);
        }
        return read;
    }

    /**
     * Ids per statement in {@link #summaries}: the statement binds them three times, 15,000 parameters, under
     * PostgreSQL's limit of 32,767; a fund's reporting calendar (its programmes that still report) fits in one.
     */
    private static final int CHUNK = 5000;

    /** Each programme's organisations (O), regions (R) and budget total (B), for a list of programmes at once. */
    private static final String SATELLITES = "select programme_id, cast('O' as varchar(1)), organisation_id,"
            + " cast(null as varchar(100)), cast(null as numeric(19,4)) from programming.programme_organisation"
            + " where programme_id in (:ids)"
            + " union all select programme_id, cast('R' as varchar(1)), cast(null as bigint), region,"
            + " cast(null as numeric(19,4)) from programming.programme_country where programme_id in (:ids)"
            + " and region is not null"
            + " union all select programme_id, cast('B' as varchar(1)), cast(null as bigint), cast(null as varchar(100)),"
            + " sum(amount) from programming.budget_line where programme_id in (:ids) group by programme_id";

    private Set<String> acronyms(Set<Long> ids) {
        Set<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(participation.acronym(id)));
        return names;
    }

    static MoneyView money(BigDecimal amount, Currency currency) {
        return MoneyView.of(Money.of(amount, currency));
    }
}
