package org.anquan.portal.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the portal's bundle in the visitor's language, for the few texts composed in Java. */
@RequestScoped
public class Texts {

    @Inject
    Language language;

    public String format(String key, Object... arguments) {
        return format(language.current(), key, arguments);
    }

    public static String format(Languages language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Languages.BUNDLE, language.locale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
