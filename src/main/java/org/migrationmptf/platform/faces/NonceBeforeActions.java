package org.migrationmptf.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Has PrimeFaces check a form post's script nonce before the post is applied, not after. PrimeFaces (with
 * {@code primefaces.CSP}) compares the nonce a post sends back with its page's when it first asks for the nonce,
 * which is while it renders the answer, by which time the post's action has run: a post of the user's own page
 * without the nonce (made by hand, or by a script that is not the page's) registered a contributor and then answered
 * 500. Asking for it once the page is restored runs PrimeFaces' own check first (the answer keeps the same nonce): a
 * mismatch throws its {@code CspException} to {@link FundExceptionHandlerFactory}, which answers the 400 page with
 * nothing of the post applied.
 */
public class NonceBeforeActions implements PhaseListener {

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
        if (faces.isPostback() && faces.getViewRoot() != null) {
            PrimeFacesContext.getCspState(faces).getNonce();
        }
    }
}
