package org.migrationmptf.platform.persistence;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Raises the change number of a {@link ChangeNumbered} record's kind on every insert, update, delete and collection
 * change Hibernate makes (META-INF/services/org.hibernate.integrator.spi.Integrator).
 */
public class ChangeNumberIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        Raise raise = new Raise();
        registry.appendListeners(EventType.POST_INSERT, raise);
        registry.appendListeners(EventType.POST_UPDATE, raise);
        registry.appendListeners(EventType.POST_DELETE, raise);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, raise);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, raise);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, raise);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release.
    }

    private static final class Raise implements PostInsertEventListener, PostUpdateEventListener,
            PostDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
            PostCollectionRemoveEventListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void onPostInsert(PostInsertEvent event) {
            ChangeNumbers.raiseFor(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            ChangeNumbers.raiseFor(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            ChangeNumbers.raiseFor(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
            ChangeNumbers.raiseFor(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
            ChangeNumbers.raiseFor(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
            ChangeNumbers.raiseFor(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }
}
