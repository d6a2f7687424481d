package org.migrationmptf.platform.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.primefaces.csp.CspException;

/**
 * A page asked for a record that does not exist (an old link, a typed address) or that the user may not see: the
 * answer is the 404 or 403 error page, not an internal error. A form post with a view state that is not in the
 * user's session (another session's, a forged one, an expired one) is refused with the 400 page ("open the page
 * again"): nothing of the post is applied. So is a post of the user's own page without the script nonce PrimeFaces
 * sends back with every post ({@link NonceBeforeActions}; a post made by hand or by a script not of the page), which
 * was applied and then answered 500 until 2026-12-01. (A post without any view state is no postback: the page is
 * only shown.)
 */
public class FundExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FundExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                int status = statusFor(events.next().getContext().getException());
                if (status != 0) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    try {
                        faces.getExternalContext().responseSendError(status, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    return;
                }
            }
            getWrapped().handle();
        }

        private static int statusFor(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t instanceof CspException) {
                    return 400;
                }
                if (t instanceof RecordNotFoundException) {
                    return 404;
                }
                if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
                    return 403;
                }
            }
            return 0;
        }
    }
}
