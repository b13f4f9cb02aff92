package org.lianqin.admin;

import com.vaadin.flow.i18n.I18NProvider;
import org.lianqin.core.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** The district console's texts: Simplified Chinese first, English second. */
public class AdminI18N implements I18NProvider {

    private static final String BUNDLE = "org.lianqin.admin.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.translate(BUNDLE, AdminI18N.class.getClassLoader(), key, locale, params);
    }
}
