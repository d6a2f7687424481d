package org.migrationmptf.platform.validation;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;

/**
 * A service's parameters broke their constraints: the caller's input is wrong, not the system. An application
 * exception, so the container passes it on as it is (no error log, no stack trace) and rolls back.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(Set<? extends ConstraintViolation<?>> violations) {
        super(violations);
    }
}
