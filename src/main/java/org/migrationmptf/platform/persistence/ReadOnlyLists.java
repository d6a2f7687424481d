package org.migrationmptf.platform.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For a list method that only reads, in a transaction of its own ({@code REQUIRES_NEW}, so that no caller's changes
 * share it): what it loads is read-only, and nothing is flushed when the transaction ends. Without this, Hibernate
 * walks every loaded row and each of its collections at commit looking for changes there cannot be; for a page of
 * decisions with their subjects that walk was about a tenth of the request.
 */
public final class ReadOnlyLists {

    private ReadOnlyLists() {
    }

    /** Call first in the method; the transaction must be the method's own. */
    public static void inThisTransaction(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
