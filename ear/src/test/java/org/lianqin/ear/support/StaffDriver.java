package org.lianqin.ear.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews;
import org.lianqin.core.security.StaffAccounts;
import org.lianqin.core.tenancy.TenantContext;

/**
 * The command centre and a unit, played through core's services for the whole-EAR tests until the
 * portal does it: registers, dispatches, handles and verifies a case as the demo office's real staff,
 * or hides and redacts it. Runs with the application's own identity (SYSTEM), which may act for them.
 * Only in the tests' copy of the EAR (EarDeployment.withStaffDriver), never in the product.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffDriver {

    @EJB
    CaseService cases;

    @EJB
    Organisation organisation;

    @EJB
    StaffAccounts accounts;

    public String act(String office, String action, String number, String text) {
        return TenantContext.supplyAs(office, () -> {
            CaseDetail c = cases.find(number).orElseThrow();
            Actor dispatcher = staffWith(Role.DISPATCHER, null);
            CaseDetail after = switch (action) {
                case "register" -> cases.register(number, c.version(), dispatcher, null);
                case "dispatch" -> cases.dispatch(number, c.version(), null, dispatcher, null);
                case "close" -> closeLoop(c, dispatcher, text);
                case "hide" -> cases.showToPublic(number, c.version(), false, dispatcher, text);
                case "redact" -> cases.redact(number, c.version(), text, dispatcher);
                default -> throw new IllegalArgumentException(action);
            };
            return after.state().name();
        });
    }

    /** Takes the case from wherever it is (reported, registered or dispatched) to closed. */
    private CaseDetail closeLoop(CaseDetail c, Actor dispatcher, String result) {
        String n = c.number();
        if (c.summary().state() == org.lianqin.core.cases.CaseState.REPORTED) {
            c = cases.register(n, c.version(), dispatcher, "符合立案条件");
        }
        if (c.summary().state() == org.lianqin.core.cases.CaseState.REGISTERED) {
            c = cases.dispatch(n, c.version(), null, dispatcher, "内部备注：请城管中队张队长处理");
        }
        Actor officer = staffWith(Role.UNIT_OFFICER, c.summary().unitName());
        c = cases.accept(n, c.version(), officer);
        c = cases.handle(n, c.version(), officer, result);
        return cases.verify(n, c.version(), true, staffWith(Role.INSPECTOR, null), "现场核查已整改");
    }

    private Actor staffWith(Role role, String unitName) {
        OrganisationViews.StaffView view = organisation.staff().stream()
                .filter(s -> s.roles().contains(role) && (unitName == null || unitName.equals(s.unitName())))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + role + " of " + unitName));
        return accounts.actor(view.login()).orElseThrow();
    }
}
