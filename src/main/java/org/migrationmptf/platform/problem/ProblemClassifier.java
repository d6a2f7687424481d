package org.migrationmptf.platform.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever went wrong into the problem a caller should read. Bad input is the caller's to fix (4xx, naming
 * the field and the rule); anything unexpected is ours (500, with an incident reference and no internals).
 */
public final class ProblemClassifier {

    static final String TYPE_PREFIX = "urn:migrationmptf:problem:";
    private static final Pattern UNREADABLE_PARAMETER =
            Pattern.compile("(?:Query|Path|Header|Form|Matrix)Param\\(\"([^\"]+)\"\\)");

    private ProblemClassifier() {
    }

    /** @return the problem, and whether it is unexpected (to be logged with its stack trace) */
    public static Classified classify(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof ConstraintViolationException cve) {
            return expected(new Problem(TYPE_PREFIX + "validation", "The request has invalid fields", 400,
                    "Correct the fields listed in errors and send the request again.", null,
                    fieldErrors(cve), null));
        }
        if (t instanceof FundException fe) {
            return expected(fundProblem(fe));
        }
        UnreadableBodyException unreadable = causeOfType(t, UnreadableBodyException.class);
        if (unreadable != null) {
            return expected(new Problem(TYPE_PREFIX + "malformed-body", "The request body cannot be read", 400,
                    "The body must be well-formed JSON whose values have the types this endpoint expects"
                            + " (amounts as decimal strings or numbers, dates as YYYY-MM-DD): correct the fields listed"
                            + " in errors.", null, unreadable.errors(), null));
        }
        if (t instanceof JsonbException || t instanceof ProcessingException && hasJsonbCause(t)) {
            return expected(new Problem(TYPE_PREFIX + "malformed-body", "The request body cannot be read", 400,
                    "The body must be well-formed JSON whose values have the types this endpoint expects"
                            + " (amounts as decimal strings or numbers, dates as YYYY-MM-DD).", null,
                    List.of(new Problem.FieldError("request", "cannot be read as this endpoint's JSON")), null));
        }
        if (databaseUnreachable(t)) {
            return expected(new Problem(TYPE_PREFIX + "database-unavailable", "Service unavailable", 503,
                    "The database cannot be reached at the moment; nothing was saved. Send the request again in a"
                            + " little while (with the same Idempotency-Key, for a booking).", null, null, null));
        }
        if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
            return expected(new Problem(TYPE_PREFIX + "busy", "Busy", 503,
                    "Too many bookings for this fund at this moment; nothing was booked. Send the request again"
                            + " (with the same Idempotency-Key).", null, null, null));
        }
        if (t instanceof OptimisticLockException) {
            return expected(new Problem(TYPE_PREFIX + "stale-version", "The record was changed meanwhile", 409,
                    "Someone else changed this record after you read it. Read it again and repeat your change.",
                    null, null, null));
        }
        if (t instanceof EJBAccessException || t instanceof SecurityException) {
            return expected(status(403, "Your role does not allow this request."));
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            Matcher param = UNREADABLE_PARAMETER.matcher(String.valueOf(wae.getMessage()));
            if (status == 404 && param.find()) {
                // JAX-RS answers 404 to a query parameter of the wrong type ("size=abc"); it is bad input.
                String field = param.group(1);
                return expected(new Problem(TYPE_PREFIX + "validation", "The request has invalid fields", 400,
                        "Correct the fields listed in errors and send the request again.", null,
                        List.of(new Problem.FieldError(field, "has the wrong type")), null));
            }
            if (status < 500) {
                return expected(status(status, webDetail(status)));
            }
        }
        String incident = UUID.randomUUID().toString();
        return new Classified(new Problem("about:blank", "Internal error", 500,
                "The system could not complete the request. Nothing was saved. Quote incident " + incident
                        + " to the support team.", null, null, incident), true);
    }

    private static Problem fundProblem(FundException fe) {
        int status;
        String kind;
        String title;
        if (fe instanceof RecordNotFoundException) {
            status = 404;
            kind = "not-found";
            title = "Not found";
        } else if (fe instanceof ConflictException) {
            status = 409;
            kind = "conflict";
            title = "Conflict with the record's current state";
        } else if (fe instanceof AccessDeniedException) {
            status = 403;
            kind = "forbidden";
            title = "Not allowed";
        } else if (fe instanceof BusyException) {
            status = 503;
            kind = "busy";
            title = "Busy";
        } else {
            status = 422;
            kind = "business-rule";
            title = "A rule of the fund prevents this";
        }
        List<Problem.FieldError> errors = fe.field() == null ? null
                : List.of(new Problem.FieldError(fe.field(), fe.getMessage()));
        return new Problem(TYPE_PREFIX + kind, title, status, fe.getMessage(), null, errors, null);
    }

    private static Problem status(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    private static String webDetail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid for this endpoint.";
            case 401 -> "Log in: send a user name and password (HTTP Basic) with the request.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This endpoint answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request cannot be served.";
        };
    }

    static List<Problem.FieldError> fieldErrors(ConstraintViolationException cve) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : cve.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return errors;
    }

    /**
     * The field as the caller knows it. A method-validation path is {@code method.parameter[.property...]}: the
     * method name means nothing to a caller; a body parameter's own name neither (the properties inside it do),
     * but a query parameter's name is the field.
     */
    static String fieldName(Path path) {
        List<String> nodes = new ArrayList<>();
        boolean methodPath = false;
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                methodPath = true;
                continue;
            }
            // An element of a list is marked on the node after the list's: subjects[0].recordType.
            if (node.isInIterable() && !nodes.isEmpty() && (node.getIndex() != null || node.getKey() != null)) {
                int last = nodes.size() - 1;
                nodes.set(last, nodes.get(last) + "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                nodes.add(node.getName());
            }
        }
        if (methodPath && nodes.size() > 1) {
            nodes.remove(0);
        }
        return nodes.isEmpty() ? "request" : String.join(".", nodes);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * A connection failure (SQLState class 08) or the database shutting down or starting (57P01-57P03) anywhere in
     * the chain: the database is away, the request is not wrong.
     */
    static boolean databaseUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static boolean hasJsonbCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }

    private static Classified expected(Problem problem) {
        return new Classified(problem, false);
    }

    /** A problem and whether it was unexpected. */
    public record Classified(Problem problem, boolean unexpected) {
    }
}
