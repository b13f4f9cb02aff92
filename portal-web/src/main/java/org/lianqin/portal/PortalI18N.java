package org.lianqin.portal;

import org.lianqin.vaadin.BundleI18N;

/** This WAR's texts (named in web.xml as Vaadin's i18n.provider). */
public class PortalI18N extends BundleI18N {

    public PortalI18N() {
        super("org.lianqin.portal.messages");
    }
}
