package org.anquan.portal.errors;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter that does not convert ({@code event.xhtml?id=abc}): JSF would skip the page's
 * loading action and render it without its object. Answered as the page that is not there (404) instead.
 */
public class InvalidViewParameters implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        if (ViewMetadata.getViewParameters(context.getViewRoot()).isEmpty()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
