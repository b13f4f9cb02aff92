package org.lianqin.portal.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short green "saved" in the corner after a change to the set-up went through. */
final class Saved {

    private Saved() {
    }

    static void show() {
        Notification.show(UI.getCurrent().getTranslation("staff.saved"), 2500, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
