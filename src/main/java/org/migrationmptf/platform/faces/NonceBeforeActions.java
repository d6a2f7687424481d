package org.migrationmptf.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;
import org.primefaces.csp.CspException;

/**
 * Checks PrimeFaces' script nonce of a form post before the post is applied, not after. PrimeFaces (with
 * {@code primefaces.CSP}) compares the nonce a post sends back with its page's only when it renders the answer, by
 * which time the post's action has run: a post of the user's own page without the nonce (made by hand, or by a
 * script that is not the page's) registered a contributor and then answered 500. Here the same comparison, on the
 * same values, runs once the page is restored: a mismatch goes to {@link FundExceptionHandlerFactory}, which answers
 * the 400 page with nothing of the post applied.
 */
public class NonceBeforeActions implements PhaseListener {

    /** Where PrimeFaces keeps a page's nonce (its view map) and the parameter its script posts it in. */
    static final String NONCE = "primefaces.nonce";

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // The page is not restored yet: nothing to compare with.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        Map<String, Object> page = faces.getViewRoot().getViewMap(false);
        Object expected = page == null ? null : page.get(NONCE);
        if (expected == null) {
            return; // a page PrimeFaces gave no nonce: PrimeFaces checks nothing either
        }
        Object sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!Objects.equals(Objects.toString(sent, ""), expected.toString())) {
            throw new CspException("The post does not carry its page's script nonce");
        }
    }
}
