package org.migrationmptf.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * A record the request names does not exist (an unknown id or code). Answered with HTTP 404 and an RFC 9457 problem body by the API, and as a message on the page.
 * An application exception, so a service throws it as it is (not wrapped) and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends FundException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }

    public RecordNotFoundException(String field, String message) {
        super(field, message);
    }
}
