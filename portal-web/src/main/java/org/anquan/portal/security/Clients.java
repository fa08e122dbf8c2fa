package org.anquan.portal.security;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Where the current page request comes from, for the audit trail. */
public final class Clients {

    private Clients() {
    }

    public static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
