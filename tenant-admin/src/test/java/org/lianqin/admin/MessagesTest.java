package org.lianqin.admin;

import org.junit.jupiter.api.Test;
import org.lianqin.vaadin.BundleCheck;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The console's two bundles: the same keys, and no lone apostrophe where MessageFormat would eat it. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoLoneApostrophe() {
        assertEquals(List.of(), BundleCheck.problems(AdminI18N.class, "messages"));
    }
}
