package org.anquan.portal.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.anquan.platform.error.BusinessException;
import org.omnifaces.util.Faces;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the portal's bundle in the visitor's language, for the few texts composed in Java. */
@RequestScoped
public class Texts {

    /** Instants in messages (a slot's start in a refusal) as China time, "2026-12-01 08:30". */
    private static final java.time.format.DateTimeFormatter CHINA_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(org.anquan.platform.clock.Clocks.CHINA);

    @Inject
    Language language;

    public String format(String key, Object... arguments) {
        return format(language.current(), key, arguments);
    }

    /** The text of a key, or the given fallback where the bundle has none (codes recorded before a text existed). */
    public String formatOr(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(Languages.BUNDLE, language.current().locale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Shows a failure the visitor caused on the page: for the whole form (clientId null) or one field. */
    public void error(String clientId, BusinessException failure) {
        error(clientId, failure.messageKey(), failure.arguments().stream()
                .map(argument -> argument instanceof java.time.Instant instant ? CHINA_TIME.format(instant) : argument)
                .toArray());
    }

    public void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, format(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, arguments), null));
    }

    /** After a change made by a form: the message shown on the page the visitor is sent to (post, redirect, get). */
    public void infoAndRedirect(String path, String key, Object... arguments) {
        info(key, arguments);
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect(Faces.getRequestContextPath() + path);
    }

    /**
     * Makes a change a form asked for: done, its message is shown on the page at path (post, redirect, get); refused,
     * the reason is shown on this page. Whether it was done.
     */
    public boolean change(Runnable change, String path, String key) {
        try {
            change.run();
        } catch (BusinessException e) {
            error(null, e);
            return false;
        }
        infoAndRedirect(path, key);
        return true;
    }

    public static String format(Languages language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Languages.BUNDLE, language.locale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
