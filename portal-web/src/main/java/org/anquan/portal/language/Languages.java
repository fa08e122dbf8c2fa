package org.anquan.portal.language;

import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks: Chinese by default, English on request. */
public enum Languages {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.ENGLISH, "en");

    /** Name of the cookie that remembers a visitor's choice. */
    public static final String COOKIE = "anquan-lang";
    public static final String BUNDLE = "org.anquan.portal.i18n.messages";

    private final Locale locale;
    private final String tag;

    Languages(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** BCP 47 tag for the html lang attribute. */
    public String tag() {
        return tag;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a cookie or parameter value; nothing for anything else. */
    public static Optional<Languages> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Languages language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first supported language of an Accept-Language header, Chinese when none is supported. */
    public static Languages fromAcceptLanguage(String header) {
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String primary = range.getRange().split("-")[0];
                    if ("en".equalsIgnoreCase(primary)) {
                        return EN;
                    }
                    if ("zh".equalsIgnoreCase(primary)) {
                        return ZH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return ZH;
            }
        }
        return ZH;
    }
}
