package org.lianqin.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import java.util.function.BooleanSupplier;

/**
 * A page that asks the server again while something of its own runs (a report being written): on every
 * poll of its UI while {@code running} says so, {@code refresh}; the listener goes, and the polling stops,
 * when the page is left. The page sets the interval itself (its refresh knows whether anything runs).
 */
public final class Polling {

    private Polling() {
    }

    public static void whileRunning(Component page, BooleanSupplier running, Runnable refresh) {
        Registration[] listener = new Registration[1];
        page.addAttachListener(e -> listener[0] = e.getUI().addPollListener(p -> {
            if (running.getAsBoolean()) {
                refresh.run();
            }
        }));
        page.addDetachListener(e -> {
            if (listener[0] != null) {
                listener[0].remove();
            }
            e.getUI().setPollInterval(-1);
        });
    }
}
