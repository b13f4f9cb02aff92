package org.lianqin.portal.security;

import com.vaadin.flow.server.VaadinServletRequest;
import org.lianqin.core.security.StaffPrincipal;
import org.lianqin.core.tenancy.TenantContext;

import java.security.Principal;
import java.util.function.Supplier;

/**
 * The one way the portal enters a street office: the signed-in principal's own ({@code login@office}),
 * read on the server from the container, never from anything the browser sends. Core checks it again
 * ({@code CallerCheck}).
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** The signed-in member of staff's principal; views open only to staff, so there is one. */
    public static StaffPrincipal principal() {
        Principal principal = VaadinServletRequest.getCurrent().getHttpServletRequest().getUserPrincipal();
        return StaffPrincipal.parse(principal)
                .orElseThrow(() -> new IllegalStateException("No member of staff is signed in"));
    }

    /** Runs the work as the signed-in member of staff's street office. */
    public static <T> T inOffice(Supplier<T> work) {
        return TenantContext.supplyAs(principal().office(), work);
    }
}
