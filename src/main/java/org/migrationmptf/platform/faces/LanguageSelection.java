package org.migrationmptf.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language a staff member reads the pages in: English, French or Spanish, the working languages of the
 * fund's partners. Starts from the browser's preference and is kept for the session once chosen.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> SUPPORTED = List.of("en", "fr", "es");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = Locale.forLanguageTag(supportedOrEnglish(requested == null ? null : requested.getLanguage()));
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language and shows the same page again in it. */
    public String choose(String code) {
        locale = Locale.forLanguageTag(supportedOrEnglish(code));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static String supportedOrEnglish(String code) {
        return code != null && SUPPORTED.contains(code) ? code : "en";
    }
}
