package org.lianqin.core.cases;

import jakarta.ejb.ApplicationException;

/** Someone else changed the case first; nothing of this change was saved. Reload and try again. */
@ApplicationException(rollback = true)
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String number) {
        super("案件 " + number + " 刚刚被他人修改，您的操作未保存。请刷新后重试。");
    }
}
