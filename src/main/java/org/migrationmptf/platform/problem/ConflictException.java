package org.migrationmptf.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * The request conflicts with the record's current state (a duplicate, a stale version, a step out of order). Answered with HTTP 409 and an RFC 9457 problem body by the API, and as a message on the page.
 * An application exception, so a service throws it as it is (not wrapped) and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class ConflictException extends FundException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
