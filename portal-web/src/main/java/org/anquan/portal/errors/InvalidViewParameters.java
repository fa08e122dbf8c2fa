package org.anquan.portal.errors;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with an identifier that does not convert ({@code event.xhtml?id=abc}): JSF would skip the page's
 * loading action and render it without its object. Answered as the page that is not there (404) instead. Other
 * parameters (a date typed into a search form) keep JSF's message on the page.
 */
public class InvalidViewParameters implements SystemEventListener {

    /** The names the pages give the parameter that says which object they show. */
    private static final java.util.Set<String> IDENTIFIERS = java.util.Set.of("id", "slug", "base", "facility",
            "session", "registration", "subject", "event", "item", "attempt");

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
        boolean unknownObject = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .anyMatch(parameter -> !parameter.isValid() && IDENTIFIERS.contains(parameter.getName()));
        if (!unknownObject) {
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
