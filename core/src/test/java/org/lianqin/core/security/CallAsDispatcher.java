package org.lianqin.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.kernel.Roles;

import java.util.concurrent.Callable;

/**
 * Runs SecurityIT's work as {@code dispatcher@secit} in role DISPATCHER: the principal the test WAR's
 * glassfish-web.xml maps to that role, as the container carries it after a sign-in.
 */
@Stateless
@PermitAll
@RunAs(Roles.DISPATCHER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallAsDispatcher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
