package org.lianqin.core.cases;

import jakarta.ejb.ApplicationException;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.kernel.Refusal;

/** Someone else changed the case first; nothing of this change was saved. Reload and try again. */
@ApplicationException(rollback = true)
public class ConcurrentUpdateException extends RuntimeException {

    private final String number;

    public ConcurrentUpdateException(String number) {
        super(Refusal.CONCURRENT_UPDATE.text(Messages.CHINESE, number));
        this.number = number;
    }

    /** The case someone else changed first. */
    public String number() {
        return number;
    }
}
