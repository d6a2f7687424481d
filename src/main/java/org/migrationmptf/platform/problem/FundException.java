package org.migrationmptf.platform.problem;

/**
 * A request the fund refuses, with a message a person understands and, where one field is to blame, its name
 * (so the API's problem body and the page can point at it).
 */
public abstract class FundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    protected FundException(String message) {
        this(null, message);
    }

    protected FundException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the message is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
