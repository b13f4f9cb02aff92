package org.lianqin.core.cases;

import jakarta.ejb.ApplicationException;

/** No case of that number in this street office (other street offices' cases do not exist here). */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String number) {
        super("找不到案件 " + number);
    }
}
