package org.migrationmptf.platform.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migrationmptf.platform.problem.FundException;
import org.migrationmptf.platform.problem.Problem;
import org.migrationmptf.platform.problem.ProblemClassifier;

/**
 * Shows on a page what the services refused, the same way the API says it: a message next to each field that was
 * wrong, or at the top of the page when the whole request was. Backing beans pass the map from the services'
 * field names to their input's client id.
 */
public final class FacesErrors {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    private FacesErrors() {
    }

    /** Shows the refusal next to the fields it names, or at the top of the page. */
    public static void show(Exception thrown, Map<String, String> inputsByField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof ConstraintViolationException || cause instanceof FundException
                || cause instanceof EJBAccessException) {
            Problem problem = ProblemClassifier.classify(cause).problem();
            if (problem.errors() == null || problem.errors().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
                return;
            }
            for (Problem.FieldError error : problem.errors()) {
                String clientId = inputsByField.get(error.field());
                String text = clientId == null ? error.field() + ": " + error.message() : error.message();
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } else {
            Problem problem = ProblemClassifier.classify(cause).problem();
            LOG.log(Level.SEVERE, "Incident " + problem.incident(), thrown);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
        }
        faces.validationFailed();
    }

    /** A confirmation at the top of the page. */
    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
