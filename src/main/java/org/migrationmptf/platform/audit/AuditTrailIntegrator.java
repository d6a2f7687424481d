package org.migrationmptf.platform.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Plugs the {@link AuditTrailRecorder} into Hibernate, so that every change to an {@link AuditedEntity} of any
 * module is written to the audit trail without the module having to remember to. Registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class AuditTrailIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        AuditTrailRecorder recorder = new AuditTrailRecorder();
        registry.appendListeners(EventType.POST_INSERT, recorder);
        registry.appendListeners(EventType.POST_UPDATE, recorder);
        registry.appendListeners(EventType.POST_DELETE, recorder);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, recorder);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, recorder);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: the recorder holds no resources.
    }
}
