package org.lianqin.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A category's time limits in working hours: to register a report, to dispatch a registered case, and
 * for the unit to handle it (normal and urgent). A value: replaced whole, never changed in place.
 */
@Embeddable
public class TimeLimits {

    public static final TimeLimits NONE = new TimeLimits(0, 0, 0, 0);

    @Column(name = "register_hours", nullable = false)
    private int registerHours;

    @Column(name = "dispatch_hours", nullable = false)
    private int dispatchHours;

    @Column(name = "handle_hours", nullable = false)
    private int handleHours;

    @Column(name = "urgent_handle_hours", nullable = false)
    private int urgentHandleHours;

    protected TimeLimits() {
    }

    public TimeLimits(int registerHours, int dispatchHours, int handleHours, int urgentHandleHours) {
        if (registerHours < 0 || dispatchHours < 0 || handleHours < 0 || urgentHandleHours < 0) {
            throw new IllegalArgumentException("Time limits cannot be negative");
        }
        if (urgentHandleHours > handleHours) {
            throw new IllegalArgumentException("The urgent limit cannot be longer than the normal one");
        }
        this.registerHours = registerHours;
        this.dispatchHours = dispatchHours;
        this.handleHours = handleHours;
        this.urgentHandleHours = urgentHandleHours;
    }

    public int registerHours() {
        return registerHours;
    }

    public int dispatchHours() {
        return dispatchHours;
    }

    public int handleHours(boolean urgent) {
        return urgent ? urgentHandleHours : handleHours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeLimits t && t.registerHours == registerHours && t.dispatchHours == dispatchHours
                && t.handleHours == handleHours && t.urgentHandleHours == urgentHandleHours;
    }

    @Override
    public int hashCode() {
        return Objects.hash(registerHours, dispatchHours, handleHours, urgentHandleHours);
    }

    @Override
    public String toString() {
        return registerHours + "/" + dispatchHours + "/" + handleHours + "/" + urgentHandleHours + "h";
    }
}
