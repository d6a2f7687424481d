package org.migrationmptf.platform.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code errors} lists each field that was
 * wrong and the rule it broke; {@code incident} is the log reference of an unexpected failure, for support.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "incident"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong field: its name in the request (e.g. {@code size}, {@code budget.amount}) and the rule. */
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, incident);
    }
}
