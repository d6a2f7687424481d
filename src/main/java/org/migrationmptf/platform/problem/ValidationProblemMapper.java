package org.migrationmptf.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.platform.metrics.FundCounters;

/**
 * Bean Validation failures of resource parameters. RESTEasy maps these with its own plain-text mapper, which a
 * mapper of {@link Throwable} does not override (the most specific type wins), hence this one.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Problem problem = ProblemClassifier.classify(exception).problem();
        if (uriInfo != null) {
            problem = problem.withInstance(uriInfo.getRequestUri().getRawPath());
        }
        if (problem.status() >= 400 && problem.status() < 500) {
            FundCounters.countRefusal(problem.status(), problem.type());
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
