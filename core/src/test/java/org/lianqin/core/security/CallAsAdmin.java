package org.lianqin.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.kernel.Roles;

import java.util.concurrent.Callable;

/** Runs StaffAdminIT's work as {@code admin@secit} in role TENANT_ADMIN (the test WAR's glassfish-web.xml). */
@Stateless
@PermitAll
@RunAs(Roles.TENANT_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallAsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
