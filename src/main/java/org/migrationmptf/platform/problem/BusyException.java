package org.migrationmptf.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * The server is doing as much of this kind of work as it can at once and the request waited its turn long enough.
 * Nothing was changed; the same request may be sent again in a little while. Answered with HTTP 503, Retry-After and
 * an RFC 9457 problem body by the API, and as a message on the page.
 */
@ApplicationException(rollback = true)
public class BusyException extends FundException {
    private static final long serialVersionUID = 1L;

    public BusyException(String message) {
        super(message);
    }
}
