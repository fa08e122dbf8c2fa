package org.anquan.portal.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.calendar.boundary.Calendars;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.Serializable;

/**
 * /calendar/subscribe.xhtml (signed-in people): the secret address of one's own calendar, created on the first
 * visit; renewing it gives a new address and the old one stops working.
 */
@Named
@ViewScoped
public class SubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Calendars calendars;

    @Inject
    Language language;

    @Inject
    Texts texts;

    private String token;

    public String getToken() {
        if (token == null) {
            token = calendars.feedToken();
        }
        return token;
    }

    public void renew() {
        token = calendars.renewFeedToken();
        texts.info("calendar_subscribe.renewed");
    }

    private String path() {
        return "/calendar/feed/" + getToken() + ".ics";
    }

    public String getDownloadLink() {
        return FeedLinks.download(Faces.getRequest(), path(), language.getCode());
    }

    public String getSubscribeLink() {
        return FeedLinks.webcal(Faces.getRequest(), path(), language.getCode());
    }
}
