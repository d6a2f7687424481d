package org.migrationmptf.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.platform.metrics.FundCounters;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API, answered as {@code application/problem+json} (RFC 9457). */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        ProblemClassifier.Classified classified = ProblemClassifier.classify(thrown);
        Problem problem = classified.problem();
        if (uriInfo != null) {
            problem = problem.withInstance(uriInfo.getRequestUri().getRawPath());
        }
        if (classified.unexpected()) {
            LOG.log(Level.SEVERE, "Incident " + problem.incident() + " on " + problem.instance(), thrown);
        } else {
            LOG.log(Level.FINE, "Refused {0}: {1}", new Object[] {problem.instance(), problem.detail()});
        }
        if (!classified.unexpected()) { // 4xx, and 503 when busy or without its database; a 500 is an incident
            FundCounters.countRefusal(problem.status(), problem.type());
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }
}
