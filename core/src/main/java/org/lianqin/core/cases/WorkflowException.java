package org.lianqin.core.cases;

import jakarta.ejb.ApplicationException;

/**
 * An action the workflow does not allow: wrong state, wrong person, or missing information. The
 * message says which, in words a user can act on; nothing has been changed.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {

    private final String code;

    public WorkflowException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable key for the kind of refusal (e.g. {@code state}, {@code role}, {@code reason-required}). */
    public String code() {
        return code;
    }
}
