package org.lianqin.vaadin;

import com.vaadin.flow.i18n.I18NProvider;
import org.lianqin.core.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A WAR's texts from its {@code messages.properties} (Chinese) and {@code messages_en.properties},
 * loaded through the subclass's class loader, that is, from the WAR.
 */
public abstract class BundleI18N implements I18NProvider {

    private final String bundle;

    protected BundleI18N(String bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.translate(bundle, getClass().getClassLoader(), key, locale, params);
    }
}
