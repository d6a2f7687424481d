package org.migrationmptf.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not act on this record (e.g. another organisation's). Answered with HTTP 403 and an RFC 9457 problem body by the API, and as a message on the page.
 * An application exception, so a service throws it as it is (not wrapped) and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends FundException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(String field, String message) {
        super(field, message);
    }
}
