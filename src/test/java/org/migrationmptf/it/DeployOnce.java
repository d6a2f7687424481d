package org.migrationmptf.it;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once for the whole integration-test run instead of once per test class.
 *
 * <p>Every IT is a client of the same WAR (the one the build packaged, {@link ItSupport#builtApplication()}), so
 * redeploying it for each class only repeated the application's start-up (Flyway, Hibernate, Weld: 30-40 s each)
 * and leaked heap in the server with every redeploy. The first class deploys it; later classes asking for an
 * archive of the same name reuse it; it is undeployed once, just before Arquillian stops the server. A class that
 * asks for a different archive still gets the usual deploy and undeploy of its own.
 */
public final class DeployOnce implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(DeployOnce.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Arquillian observer: lets the first deployment of each archive through and keeps it deployed. */
    public static final class Keeper {

        private final Map<String, Archive<?>> deployed = new HashMap<>();

        public void deploy(@Observes EventContext<DeployDeployment> event) {
            String name = event.getEvent().getDeployment().getDescription().getArchive().getName();
            if (deployed.containsKey(name)) {
                LOG.info(() -> name + " is already deployed; this test class reuses it");
                return;
            }
            event.proceed();
            deployed.put(name, event.getEvent().getDeployment().getDescription().getArchive());
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> event) {
            String name = event.getEvent().getDeployment().getDescription().getArchive().getName();
            if (!deployed.containsKey(name)) {
                event.proceed();
            }
            // Otherwise it stays deployed for the next class; undeployAll removes it before the server stops.
        }

        public void undeployAll(@Observes BeforeStop event) throws DeploymentException {
            DeployableContainer<?> container = event.getDeployableContainer();
            for (Archive<?> archive : deployed.values()) {
                container.undeploy(archive);
            }
            deployed.clear();
        }
    }
}
