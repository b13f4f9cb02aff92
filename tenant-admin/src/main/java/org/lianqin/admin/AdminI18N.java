package org.lianqin.admin;

import org.lianqin.vaadin.BundleI18N;

/** This WAR's texts (named in web.xml as Vaadin's i18n.provider). */
public class AdminI18N extends BundleI18N {

    public AdminI18N() {
        super("org.lianqin.admin.messages");
    }
}
