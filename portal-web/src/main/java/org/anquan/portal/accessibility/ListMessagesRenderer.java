package org.anquan.portal.accessibility;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' messages as a proper list: PrimeFaces gives each {@code <li>} the role "alert", which takes it out of
 * its list for assistive technology (axe: "list"). The container already announces changes (aria-live), so the
 * items stay plain list items.
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private boolean inItem;

            @Override
            public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
                inItem = "li".equals(name);
                super.startElement(name, component);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (inItem && ("role".equals(name) || "aria-atomic".equals(name))) {
                    return;
                }
                super.writeAttribute(name, value, property);
            }

            @Override
            public void writeText(Object text, String property) throws IOException {
                inItem = false;
                super.writeText(text, property);
            }
        }, uiMessages, msg, severity, escape);
    }
}
