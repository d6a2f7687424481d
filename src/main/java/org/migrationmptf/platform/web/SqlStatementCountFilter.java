package org.migrationmptf.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.platform.persistence.StatementCounter;

/**
 * When {@code mptf.diagnostics.sql-count} is true (tests, benchmarks; off by default), every API response says in
 * {@code X-SQL-Statements} how many SQL statements it took: a list page must cost the same few whatever its size.
 */
@Provider
@ApplicationScoped
public class SqlStatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-SQL-Statements";

    @Inject
    @ConfigProperty(name = "mptf.diagnostics.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        StatementCounter.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, StatementCounter.count());
        }
    }
}
