package org.migrationmptf.platform.faces;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The page texts (i18n.messages, the pages' {@code msg}) in the user's language, for messages a backing bean adds. */
public final class PageTexts {

    private PageTexts() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(bundle.getString(key), arguments);
    }
}
