package org.migrationmptf.platform.problem;

import java.util.List;

/**
 * The request body is not JSON, or a value in it cannot be read as the type its field has (a word for a number, a
 * number too large for it or with a fraction where a whole number goes, an impossible date, an unknown enum value).
 * Answered with HTTP 400 and the fields in {@code errors}; {@code request} stands for the body as a whole.
 */
public class UnreadableBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public UnreadableBodyException(List<Problem.FieldError> errors) {
        super(errors.isEmpty() ? "unreadable body" : errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
