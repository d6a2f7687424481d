package org.migrationmptf.platform.persistence;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate issues on the current thread, so that a request can say how many it cost
 * (see {@link org.migrationmptf.platform.web.SqlStatementCountFilter}): the guard against N+1 queries on lists.
 * A request runs on one thread, EJB calls included. Registered in persistence.xml.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
