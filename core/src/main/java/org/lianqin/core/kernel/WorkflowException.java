package org.lianqin.core.kernel;

import jakarta.ejb.ApplicationException;
import org.lianqin.core.i18n.Messages;

import java.util.Locale;

/**
 * A request the application refuses: wrong state, wrong person, missing or bad information. It names
 * the {@link Refusal} (whose code is stable) and says it in words a user can act on, in Chinese by
 * default ({@link #getMessage()}) or in the reader's language ({@link #message(Locale)}). Nothing has been
 * changed: the container rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {

    private final Refusal refusal;
    private final transient Object[] params;

    public WorkflowException(Refusal refusal, Object... params) {
        super(refusal.text(Messages.CHINESE, params));
        this.refusal = refusal;
        this.params = params.clone();
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What fills the refusal's words. */
    public java.util.List<Object> params() {
        return java.util.Arrays.asList(params.clone());
    }

    /** The stable key for the kind of refusal (e.g. {@code state}, {@code role}, {@code reason-required}). */
    public String code() {
        return refusal.code();
    }

    /** The refusal in the reader's language. */
    public String message(Locale locale) {
        return refusal.text(locale, params);
    }
}
