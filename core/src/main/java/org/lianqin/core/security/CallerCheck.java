package org.lianqin.core.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantContext;

import java.util.Optional;

/**
 * Makes the {@link Actor} a service is given and the tenant it runs as agree with who is calling.
 * Bound to every EJB of core after the tenant interceptor ({@code ejb-jar.xml}), behind the
 * {@code @RolesAllowed} the container already checked:
 * <ul>
 *     <li>a signed-in member of staff (principal {@code login@office}) runs only as their own street office;</li>
 *     <li>a staff actor must be the caller themselves, holding every role the actor claims, so that no web
 *     page or API can act in someone else's name;</li>
 *     <li>a district actor must be the calling district admin (a principal without {@code @}, in
 *     {@code DISTRICT_ADMIN}); a district admin may run as any street office: choosing one is what the
 *     console is for, and the services they may call are few;</li>
 *     <li>the system actor belongs to the application's own timers and start-up work (role {@code SYSTEM});</li>
 *     <li>anyone may act as a resident: residents are anonymous and prove themselves with the access code.</li>
 * </ul>
 * The application's own work ({@code SYSTEM}) may act for anyone.
 */
public class CallerCheck {

    @Resource
    EJBContext context;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        if (!context.isCallerInRole(Roles.SYSTEM)) {
            Optional<StaffPrincipal> caller = StaffPrincipal.parse(context.getCallerPrincipal());
            caller.ifPresent(CallerCheck::requireOwnOffice);
            Object[] parameters = invocation.getParameters();
            for (Object parameter : parameters == null ? new Object[0] : parameters) {
                if (parameter instanceof Actor actor) {
                    requireCallerIs(actor, caller);
                }
            }
        }
        return invocation.proceed();
    }

    private static void requireOwnOffice(StaffPrincipal caller) {
        Optional<String> tenant = TenantContext.current();
        if (tenant.isPresent() && !tenant.get().equals(caller.office())) {
            throw new EJBAccessException(caller + " cannot act for street office " + tenant.get());
        }
    }

    private void requireCallerIs(Actor actor, Optional<StaffPrincipal> caller) {
        switch (actor.kind()) {
            case RESIDENT -> {
                // anonymous by design
            }
            case SYSTEM -> throw new EJBAccessException("Only the application itself acts as the system");
            case DISTRICT -> {
                String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
                if (caller.isPresent() || !actor.login().equals(name) || !context.isCallerInRole(Roles.DISTRICT_ADMIN)) {
                    throw new EJBAccessException("The caller is not the district admin " + actor.login());
                }
            }
            case STAFF -> {
                String office = TenantContext.current().orElse("");
                if (caller.isEmpty() || !caller.get().equals(new StaffPrincipal(actor.login(), office))) {
                    throw new EJBAccessException("The caller is not " + actor.login() + "@" + office);
                }
                for (Role role : actor.roles()) {
                    if (!context.isCallerInRole(role.name())) {
                        throw new EJBAccessException(caller.get() + " does not hold the role " + role);
                    }
                }
            }
        }
    }
}
