package org.migrationmptf.mobilisation.service;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmptf.governance.api.FundCreated;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.domain.Journal;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * The fund's ledger, for the module's services: where journals are written and balances are summed. Every
 * balance is computed from the journal lines, never stored.
 *
 * <p>Concurrency: a booking that could take a pool below zero first locks its fund's row in
 * {@code mobilisation.fund_ledger} ({@code select ... for update}), then reads the balances, checks, and writes.
 * Row locks rather than SERIALIZABLE with retries: a fund books a few movements a day, so serialising one fund's
 * bookings costs nothing, and it makes the check-then-write correct on both databases without retry loops that
 * would have to repeat idempotency checks. The lock also makes an idempotency key's second request wait for the
 * first and then find its journal.
 */
@Dependent
public class Ledger {

    @PersistenceContext
    EntityManager em;

    /** Whole-ledger sums, remembered until the fund's next journal (null in plain unit tests: nothing remembered). */
    @Inject
    LedgerSummaries summaries;

    /** Takes the fund's booking lock until the transaction ends. */
    public void lock(long fundId) {
        List<?> locked = em.createNativeQuery("select fund_id from mobilisation.fund_ledger where fund_id = ? for update")
                .setParameter(1, fundId).getResultList();
        if (locked.isEmpty()) {
            throw new ConflictException("The ledger of fund " + fundId + " is not open");
        }
    }

    /**
     * Takes the fund's booking lock, then looks for a booking already made with this idempotency key: the one
     * place every booking starts, so a repeated request always finds the first one's journal.
     */
    public Optional<Journal> lockAndFindRepeat(long fundId, String idempotencyKey) {
        lock(fundId);
        return byIdempotencyKey(fundId, idempotencyKey);
    }

    /** A new fund gets its ledger in the same transaction. */
    void open(@Observes FundCreated created) {
        em.createNativeQuery("insert into mobilisation.fund_ledger (fund_id) values (?)")
                .setParameter(1, created.fundId()).executeUpdate();
    }

    public Journal post(Journal journal) {
        em.persist(journal);
        em.flush();
        return journal;
    }

    public Optional<Journal> byIdempotencyKey(long fundId, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select j from Journal j where j.fundId = :fund and j.idempotencyKey = :key", Journal.class)
                .setParameter("fund", fundId).setParameter("key", key).getResultList().stream().findFirst();
    }

    /** Balance of every account in every pool, as of a day (inclusive): pool -> account -> sum of lines. */
    public Map<String, Map<Account, BigDecimal>> balancesByPool(long fundId, LocalDate asOf) {
        Map<String, Map<Account, BigDecimal>> remembered = remembered(fundId, List.of("pools", asOf),
                () -> sumBalancesByPool(fundId, asOf));
        Map<String, Map<Account, BigDecimal>> copy = new TreeMap<>();
        remembered.forEach((pool, accounts) -> copy.put(pool, new EnumMap<>(accounts)));
        return copy;
    }

    private Map<String, Map<Account, BigDecimal>> sumBalancesByPool(long fundId, LocalDate asOf) {
        Map<String, Map<Account, BigDecimal>> balances = new TreeMap<>();
        for (Object[] row : em.createQuery("select l.pool, l.account, sum(l.amount) from JournalLine l"
                        + " where l.fundId = :fund and l.valueDate <= :asOf group by l.pool, l.account", Object[].class)
                .setParameter("fund", fundId).setParameter("asOf", asOf).getResultList()) {
            balances.computeIfAbsent((String) row[0], p -> new EnumMap<>(Account.class))
                    .put((Account) row[1], (BigDecimal) row[2]);
        }
        return balances;
    }

    /** Balance of every account over all pools, as of a day. */
    public Map<Account, BigDecimal> balances(long fundId, LocalDate asOf) {
        return new EnumMap<>(remembered(fundId, List.of("accounts", asOf), () -> sumBalances(fundId, asOf)));
    }

    private Map<Account, BigDecimal> sumBalances(long fundId, LocalDate asOf) {
        Map<Account, BigDecimal> totals = new EnumMap<>(Account.class);
        for (Object[] row : em.createQuery("select l.account, sum(l.amount) from JournalLine l"
                        + " where l.fundId = :fund and l.valueDate <= :asOf group by l.account", Object[].class)
                .setParameter("fund", fundId).setParameter("asOf", asOf).getResultList()) {
            totals.put((Account) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }

    /** What is committed to a programme and not yet transferred, per pool. */
    public Map<String, BigDecimal> outstandingCommitments(long fundId, long programmeId) {
        return outstandingCommitments(fundId, List.of(programmeId)).getOrDefault(programmeId, new TreeMap<>());
    }

    /**
     * What is committed to each of the programmes and not yet transferred, per pool, in one statement (programmes with
     * nothing committed are left out). For a few hundred programmes at a time: the whole-fund exports read them so.
     */
    public Map<Long, Map<String, BigDecimal>> outstandingCommitments(long fundId, Collection<Long> programmeIds) {
        Map<Long, Map<String, BigDecimal>> byProgramme = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return byProgramme;
        }
        for (Object[] row : em.createQuery("select l.programmeId, l.pool, sum(l.amount) from JournalLine l"
                        + " where l.fundId = :fund and l.programmeId in :programmes and l.account = :account"
                        + " group by l.programmeId, l.pool", Object[].class)
                .setParameter("fund", fundId).setParameter("programmes", programmeIds)
                .setParameter("account", Account.COMMITMENTS).getResultList()) {
            byProgramme.computeIfAbsent((Long) row[0], p -> new TreeMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        return byProgramme;
    }

    /** Everything ever committed to a programme (commitment lines before transfers release them). */
    public BigDecimal totalCommitted(long fundId, long programmeId) {
        return em.createQuery("select coalesce(sum(l.amount), 0) from JournalLine l join l.journal j"
                        + " where l.fundId = :fund and l.programmeId = :programme and l.account = :account"
                        + " and j.kind = org.migrationmptf.mobilisation.api.JournalKind.COMMITMENT", BigDecimal.class)
                .setParameter("fund", fundId).setParameter("programme", programmeId)
                .setParameter("account", Account.COMMITMENTS).getSingleResult();
    }

    /**
     * What an organisation received for a programme from a pool, less what it has returned: transfers are debits
     * (positive) and refunds received credits (negative), so the plain sum is the net.
     */
    public BigDecimal transferredTo(long fundId, long organisationId, long programmeId, String pool) {
        return heldByOrganisation(fundId, organisationId, programmeId).getOrDefault(pool, BigDecimal.ZERO);
    }

    /** What commitments on one decision have committed (a decision's approval is committed once, whatever retries). */
    public BigDecimal committedOnDecision(long fundId, long decisionId) {
        return em.createQuery("select coalesce(sum(l.amount), 0) from JournalLine l join l.journal j"
                        + " where j.fundId = :fund and j.decisionId = :decision and l.account = :account"
                        + " and j.kind = org.migrationmptf.mobilisation.api.JournalKind.COMMITMENT", BigDecimal.class)
                .setParameter("fund", fundId).setParameter("decision", decisionId)
                .setParameter("account", Account.COMMITMENTS).getSingleResult();
    }

    /** What transfers on one decision have moved: an instruction covers its amount once, over all its tranches. */
    public BigDecimal transferredOnDecision(long fundId, long decisionId) {
        return em.createQuery("select coalesce(sum(l.amount), 0) from JournalLine l join l.journal j"
                        + " where j.fundId = :fund and j.decisionId = :decision and l.account = :account"
                        + " and j.kind = org.migrationmptf.mobilisation.api.JournalKind.TRANSFER", BigDecimal.class)
                .setParameter("fund", fundId).setParameter("decision", decisionId)
                .setParameter("account", Account.TRANSFERS_TO_ORGANISATIONS).getSingleResult();
    }

    /**
     * Per programme and organisation: what the organisation received for the programme, what it returned and what it
     * reported spent ([transferred, refunded, expenditure], each positive), in one statement for all the programmes
     * asked (a few hundred at a time); programmes with none of these are left out.
     */
    public Map<Long, Map<Long, BigDecimal[]>> organisationMoney(long fundId, Collection<Long> programmeIds) {
        Map<Long, Map<Long, BigDecimal[]>> byProgramme = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return byProgramme;
        }
        for (Object[] row : sumDelivery(fundId, programmeIds, "l.programmeId, l.organisationId")) {
            byProgramme.computeIfAbsent((Long) row[0], p -> new TreeMap<>()).put((Long) row[1],
                    new BigDecimal[] {(BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4]});
        }
        return byProgramme;
    }

    /**
     * Transfers, refunds and expenditure of all the fund's programmes summed in the database per key
     * ({@code l.programmeId} or {@code l.organisationId}): rows of [key, transferred, refunded, expenditure].
     */
    public List<Object[]> delivery(long fundId, String key) {
        return remembered(fundId, List.of("delivery", key), () -> sumDelivery(fundId, null, key)).stream()
                .map(Object[]::clone).toList();
    }

    /**
     * A sum over the whole ledger of a fund (or over what is only written with its journals, such as deposits),
     * remembered under the fund's newest journal id (one indexed read) so that it is summed again only after a new
     * booking: see {@link LedgerSummaries}. The value must not be changed by those who read it.
     */
    <T> T remembered(long fundId, List<Object> what, java.util.function.Supplier<T> sum) {
        if (summaries == null) {
            return sum.get();
        }
        List<Object> key = new java.util.ArrayList<>(what);
        key.add(0, fundId);
        key.add(newestJournal(fundId));
        return summaries.get(List.copyOf(key), sum);
    }

    /** The fund's newest journal id, 0 before its first booking (one read of index journal_fund_newest). */
    public long newestJournal(long fundId) {
        Long newest = em.createQuery("select max(j.id) from Journal j where j.fundId = :fund", Long.class)
                .setParameter("fund", fundId).getSingleResult();
        return newest == null ? 0L : newest;
    }

    /** Rows of [the keys' values..., transferred, refunded, expenditure], for some programmes or (null) all. */
    private List<Object[]> sumDelivery(long fundId, Collection<Long> programmeIds, String keys) {
        var query = em.createQuery("select " + keys + ","
                        + " coalesce(sum(case when l.account = :transfers then l.amount else 0 end), 0),"
                        + " coalesce(sum(case when l.account = :refunds then -l.amount else 0 end), 0),"
                        + " coalesce(sum(case when l.account = :spent then l.amount else 0 end), 0)"
                        + " from JournalLine l where l.fundId = :fund and l.programmeId is not null"
                        + (programmeIds == null ? "" : " and l.programmeId in :programmes")
                        + " and l.account in (:transfers, :refunds, :spent) group by " + keys, Object[].class)
                .setParameter("fund", fundId)
                .setParameter("transfers", Account.TRANSFERS_TO_ORGANISATIONS)
                .setParameter("refunds", Account.REFUNDS_FROM_ORGANISATIONS)
                .setParameter("spent", Account.EXPENDITURE_REPORTED);
        if (programmeIds != null) {
            query.setParameter("programmes", programmeIds);
        }
        return query.getResultList();
    }

    /**
     * The money events of a fund's programmes, one row per journal, programme and organisation: [journal id,
     * programme, kind, value date, organisation, amount] with commitments, transfers and expenditure positive and
     * refunds received positive too (they are credits in the ledger).
     */
    public List<Object[]> programmeTransactions(long fundId) {
        return em.createQuery("select j.id, l.programmeId, j.kind, j.valueDate, l.organisationId,"
                        + " sum(case when l.account = :refunds then -l.amount else l.amount end)"
                        + " from JournalLine l join l.journal j where l.fundId = :fund and l.programmeId is not null"
                        + " and (l.account in (:transfers, :refunds, :spent) or (l.account = :committed"
                        + " and j.kind = org.migrationmptf.mobilisation.api.JournalKind.COMMITMENT))"
                        + " group by j.id, l.programmeId, j.kind, j.valueDate, l.organisationId"
                        + " order by j.valueDate, j.id", Object[].class)
                .setParameter("fund", fundId)
                .setParameter("transfers", Account.TRANSFERS_TO_ORGANISATIONS)
                .setParameter("refunds", Account.REFUNDS_FROM_ORGANISATIONS)
                .setParameter("spent", Account.EXPENDITURE_REPORTED)
                .setParameter("committed", Account.COMMITMENTS).getResultList();
    }

    /** What an organisation may still report spent of a programme's money, per pool: held less already spent. */
    public Map<String, BigDecimal> unspentByOrganisation(long fundId, long organisationId, long programmeId) {
        Map<String, BigDecimal> byPool = new TreeMap<>(heldByOrganisation(fundId, organisationId, programmeId));
        for (Object[] row : em.createQuery("select l.pool, sum(l.amount) from JournalLine l where l.fundId = :fund"
                        + " and l.organisationId = :organisation and l.programmeId = :programme and l.account = :spent"
                        + " group by l.pool", Object[].class)
                .setParameter("fund", fundId).setParameter("organisation", organisationId)
                .setParameter("programme", programmeId).setParameter("spent", Account.EXPENDITURE_REPORTED)
                .getResultList()) {
            byPool.merge((String) row[0], ((BigDecimal) row[1]).negate(), BigDecimal::add);
        }
        return byPool;
    }

    /** What an organisation holds of a programme's money, per pool: received less returned. */
    public Map<String, BigDecimal> heldByOrganisation(long fundId, long organisationId, long programmeId) {
        Map<String, BigDecimal> byPool = new TreeMap<>();
        for (Object[] row : em.createQuery("select l.pool, sum(l.amount) from JournalLine l where l.fundId = :fund"
                        + " and l.organisationId = :organisation and l.programmeId = :programme"
                        + " and l.account in (:transfers, :refunds) group by l.pool", Object[].class)
                .setParameter("transfers", Account.TRANSFERS_TO_ORGANISATIONS)
                .setParameter("refunds", Account.REFUNDS_FROM_ORGANISATIONS)
                .setParameter("fund", fundId).setParameter("organisation", organisationId)
                .setParameter("programme", programmeId).getResultList()) {
            byPool.put((String) row[0], (BigDecimal) row[1]);
        }
        return byPool;
    }

    static BigDecimal of(Map<Account, BigDecimal> balances, Account account) {
        return balances.getOrDefault(account, BigDecimal.ZERO);
    }
}
