package org.migrationmptf.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * The request is well formed but breaks one of the fund's rules; the message says which. Answered with HTTP 422 and an RFC 9457 problem body by the API, and as a message on the page.
 * An application exception, so a service throws it as it is (not wrapped) and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends FundException {
    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }

    public BusinessRuleException(String field, String message) {
        super(field, message);
    }
}
