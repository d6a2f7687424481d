package org.migrationmptf.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The governance module's settings (MicroProfile Config keys {@code mptf.governance.*}). */
@ApplicationScoped
public class GovernanceSettings {

    @Inject
    @ConfigProperty(name = "mptf.governance.default-fund", defaultValue = "MIG")
    String defaultFund;

    /** The fund whose thematic areas the reference data shows, and that pages open on. */
    public String defaultFund() {
        return defaultFund;
    }
}
