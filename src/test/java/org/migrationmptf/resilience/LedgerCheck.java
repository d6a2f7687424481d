package org.migrationmptf.resilience;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invariants read straight from the database after a load run, not through the application under test: every
 * journal balanced and complete, and each request's key booked exactly as its answer said.
 */
final class LedgerCheck {

    private final String url;
    private final String user;
    private final String password;

    LedgerCheck(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Journals (of any fund) whose lines do not sum to zero, or that have fewer than two lines. */
    List<String> unbalancedOrHalfJournals() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement unbalanced = c.prepareStatement("select j.id, coalesce(sum(l.amount), 0), count(l.id)"
                        + " from mobilisation.journal j left join mobilisation.journal_line l on l.journal_id = j.id"
                        + " group by j.id having coalesce(sum(l.amount), 0) <> 0 or count(l.id) < 2");
                ResultSet rs = unbalanced.executeQuery()) {
            while (rs.next()) {
                found.add("journal " + rs.getLong(1) + " sums to " + rs.getBigDecimal(2) + " over " + rs.getLong(3)
                        + " line(s)");
            }
        }
        return found;
    }

    /** How many journals each idempotency key of the fund booked. */
    Map<String, Integer> journalsPerKey(String fundCode) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connect();
                PreparedStatement keys = c.prepareStatement("select j.idempotency_key, count(*) from mobilisation.journal j"
                        + " join governance.fund f on f.id = j.fund_id where f.code = ? and j.idempotency_key is not null"
                        + " group by j.idempotency_key")) {
            keys.setString(1, fundCode);
            try (ResultSet rs = keys.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The amount each booked deposit of the fund recorded, by its key. */
    Map<String, BigDecimal> depositsPerKey(String fundCode) throws SQLException {
        Map<String, BigDecimal> amounts = new HashMap<>();
        try (Connection c = connect();
                PreparedStatement deposits = c.prepareStatement("select j.idempotency_key, d.amount from mobilisation.deposit d"
                        + " join mobilisation.journal j on j.id = d.journal_id join governance.fund f on f.id = d.fund_id"
                        + " where f.code = ?")) {
            deposits.setString(1, fundCode);
            try (ResultSet rs = deposits.executeQuery()) {
                while (rs.next()) {
                    amounts.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
        }
        return amounts;
    }

    /**
     * Scheduled work ran once across instances: its runs (one row per job and slot by construction), the instances
     * that did them, and the reminders it wrote: never two for one instalment in one slot, and none from a run that
     * did not finish. Returns the figures; violations go to the list.
     */
    Map<String, Object> scheduledWork(List<String> violations) throws SQLException {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        try (Connection c = connect()) {
            figures.put("runs", single(c, "select count(*) from platform.scheduled_run where job = 'instalment-reminders'"));
            figures.put("instances that ran it", single(c, "select count(distinct instance) from platform.scheduled_run"
                    + " where job = 'instalment-reminders'"));
            figures.put("reminders", single(c, "select count(*) from mobilisation.instalment_reminder"));
            long twice = single(c, "select count(*) from (select instalment_id, run_slot from mobilisation.instalment_reminder"
                    + " group by instalment_id, run_slot having count(*) > 1) d");
            if (twice > 0) {
                violations.add(twice + " instalment(s) reminded twice in one slot: scheduled work ran more than once");
            }
            long orphans = single(c, "select count(*) from mobilisation.instalment_reminder r where not exists (select 1"
                    + " from platform.scheduled_run s where s.job = 'instalment-reminders' and s.run_slot = r.run_slot"
                    + " and s.finished_at is not null)");
            if (orphans > 0) {
                violations.add(orphans + " reminder(s) written by a run that is not recorded as finished");
            }
        }
        return figures;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
