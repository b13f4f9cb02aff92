package org.lianqin.portal;

import org.junit.jupiter.api.Test;
import org.lianqin.vaadin.BundleCheck;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portal's two bundles: the same keys, and no lone apostrophe where MessageFormat would eat it. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoLoneApostrophe() {
        assertEquals(List.of(), BundleCheck.problems(PortalI18N.class, "messages"));
    }
}
