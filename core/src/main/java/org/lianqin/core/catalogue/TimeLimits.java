package org.lianqin.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Objects;

/**
 * A category's time limits in working hours: to register a report, to dispatch a registered case, and
 * for the unit to handle it (normal and urgent). A value: replaced whole, never changed in place.
 */
@Embeddable
public class TimeLimits {

    public static final TimeLimits NONE = new TimeLimits(0, 0, 0, 0);

    /** The longest limit an admin may set: a quarter's working hours. */
    public static final int MAX_HOURS = 500;

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

    /**
     * Limits as an admin types them: each 0 (none) to {@value #MAX_HOURS} working hours, the urgent
     * handling limit no longer than the normal one; a refusal with words otherwise.
     */
    public static TimeLimits checked(Integer registerHours, Integer dispatchHours, Integer handleHours, Integer urgentHandleHours) {
        int[] hours = {value(registerHours), value(dispatchHours), value(handleHours), value(urgentHandleHours)};
        for (int h : hours) {
            if (h < 0 || h > MAX_HOURS) {
                throw new WorkflowException(Refusal.CATEGORY_LIMITS, MAX_HOURS);
            }
        }
        if (hours[3] > hours[2]) {
            throw new WorkflowException(Refusal.CATEGORY_URGENT_LIMIT);
        }
        return new TimeLimits(hours[0], hours[1], hours[2], hours[3]);
    }

    private static int value(Integer hours) {
        return hours == null ? -1 : hours;
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
