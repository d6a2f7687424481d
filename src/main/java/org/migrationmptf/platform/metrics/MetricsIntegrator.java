package org.migrationmptf.platform.metrics;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/** Plugs the {@link BookingCounter} into Hibernate (META-INF/services/org.hibernate.integrator.spi.Integrator). */
public class MetricsIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class)
                .appendListeners(EventType.POST_INSERT, new BookingCounter());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release.
    }
}
