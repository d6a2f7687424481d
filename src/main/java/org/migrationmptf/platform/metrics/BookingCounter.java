package org.migrationmptf.platform.metrics;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Counts every new record of every module once its transaction has committed (a rolled-back booking counts
 * nothing): by entity, and for records with a {@code kind} (the ledger's journals: deposit, commitment, transfer,
 * reversal...) by kind too. Knows no module's classes: it reads the entity's name and its {@code kind} property.
 */
class BookingCounter implements PostInsertEventListener {

    private static final long serialVersionUID = 1L;
    static final String KIND = "kind";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        String type = event.getEntity().getClass().getSimpleName();
        String kind = kindOf(event.getPersister(), event.getState());
        List<String[]> counted = new ArrayList<>(1);
        counted.add(new String[] {type, kind});
        event.getSession().getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, session) -> {
            if (success) {
                FundCounters.withCounters(counters -> {
                    for (String[] c : counted) {
                        counters.recordCreated(c[0]);
                        if (c[1] != null) {
                            counters.booked(c[0], c[1]);
                        }
                    }
                });
            }
        });
    }

    static String kindOf(EntityPersister persister, Object[] state) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (KIND.equals(names[i]) && state[i] instanceof Enum<?> kind) {
                return kind.name();
            }
        }
        return null;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
