package org.anquan.platform.html.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one way rich text (interpretations, answers, science articles) enters the portal: through the OWASP Java
 * HTML Sanitizer, keeping text formatting, lists, headings, tables and plain links, dropping everything that runs
 * or loads (scripts, handlers, styles, frames, forms, images from elsewhere).
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("ul", "ol", "li", "dl", "dt", "dd", "hr", "br")
                    .toFactory());

    private RichText() {
    }

    /** Plain text as HTML text: the characters that carry markup escaped. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
