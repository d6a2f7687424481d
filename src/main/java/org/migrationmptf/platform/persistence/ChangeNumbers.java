package org.migrationmptf.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.event.spi.EventSource;

/**
 * One number per kind of {@link ChangeNumbered} record, in {@code platform.change_number}, raised by every
 * transaction that changes such a record, just before it commits and on its connection. The row lock the raise
 * takes puts those transactions in line, so a number is only ever seen once every change it counts has committed.
 * Read the number first, then what depends on it: what was read can only be newer than the number, never older,
 * so a value remembered under the number is never stale for it (see {@link VersionedMemory}).
 *
 * <p>The number is raised from Hibernate's events ({@link ChangeNumberIntegrator}), so no service has to remember
 * to; a bulk update or raw SQL against such a table bypasses them and must raise it itself.
 */
public final class ChangeNumbers {

    private static final String RAISE = "update platform.change_number set changed = changed + 1 where record_type = ?";

    private ChangeNumbers() {
    }

    /** The current number of this kind of record. */
    public static long current(EntityManager em, Class<?> kind) {
        return ((Number) em.createNativeQuery("select changed from platform.change_number where record_type = :kind")
                .setParameter("kind", kind.getSimpleName()).getSingleResult()).longValue();
    }

    /** Raises the number of the changed record's kind when the transaction is about to commit, if it has one. */
    static void raiseFor(Object record, EventSource session) {
        if (record == null || !record.getClass().isAnnotationPresent(ChangeNumbered.class)) {
            return;
        }
        String kind = kindOf(record.getClass());
        session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) s -> s.doWork(connection -> {
            try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
                raise.setString(1, kind);
                if (raise.executeUpdate() != 1) {
                    throw new IllegalStateException("platform.change_number has no row for " + kind
                            + "; its module's migration must add one");
                }
            }
        }));
    }

    /** The annotated class's simple name (a Hibernate proxy or enhanced subclass is named after its entity). */
    private static String kindOf(Class<?> type) {
        Class<?> kind = type;
        while (kind.getDeclaredAnnotation(ChangeNumbered.class) == null) {
            kind = kind.getSuperclass();
        }
        return kind.getSimpleName();
    }
}
