package org.lianqin.vaadin;

import com.vaadin.flow.component.UI;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.ConcurrentUpdateException;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's one mapper from a refusal of core to words for the person at the screen: the workflow's
 * own reasons in their language, a case someone else changed first, a case not found, a step the person
 * has no right to; each form shows them beside what was typed. Anything else is logged and shown as a
 * plain "could not be saved, try again", never a trace.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    /** The words for a refusal, or empty when it is not one the person can act on (then it is logged). */
    public static String message(RuntimeException e, Locale locale) {
        return known(e, locale).orElseGet(() -> {
            LOG.log(Level.WARNING, "A portal action failed", e);
            return Refusal.UNAVAILABLE.text(locale);
        });
    }

    /** The particulars of a refusal that has them (each flaw of a grid file), in the reader's language; else none. */
    public static java.util.List<String> details(RuntimeException e, Locale locale) {
        return unwrapped(e) instanceof org.lianqin.core.organisation.GridFileRefused refused
                ? refused.details(locale) : java.util.List.of();
    }

    private static Throwable unwrapped(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Optional<String> known(RuntimeException e, Locale locale) {
        Throwable cause = unwrapped(e);
        if (cause instanceof WorkflowException refused) {
            return Optional.of(refused.message(locale));
        }
        if (cause instanceof ConcurrentUpdateException stale) {
            return Optional.of(Refusal.CONCURRENT_UPDATE.text(locale, stale.number()));
        }
        if (cause instanceof CaseNotFoundException) {
            return Optional.of(UI.getCurrent().getTranslation(locale, "problem.caseNotFound"));
        }
        if (cause instanceof EJBAccessException) {
            return Optional.of(UI.getCurrent().getTranslation(locale, "problem.forbidden"));
        }
        return Optional.empty();
    }
}
