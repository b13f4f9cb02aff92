package org.lianqin.core.tenancy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantContextTest {

    @Test
    void noTenantOutsideRunAs() {
        assertTrue(TenantContext.current().isEmpty());
        assertThrows(NoTenantException.class, TenantContext::require);
    }

    @Test
    void runAsSetsTheTenantAndRestoresThePreviousOneEvenOnFailure() throws Exception {
        TenantContext.runAs("fenglin", () -> {
            assertEquals("fenglin", TenantContext.require());
            assertThrows(IllegalStateException.class, () -> TenantContext.runAs("huajing", () -> {
                assertEquals("huajing", TenantContext.require());
                throw new IllegalStateException("work failed");
            }));
            assertEquals("fenglin", TenantContext.require());
        });
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void aBlankTenantIsRefused() {
        assertThrows(NoTenantException.class, () -> TenantContext.runAs(" ", () -> { }));
        assertThrows(NoTenantException.class, () -> TenantContext.callAs(null, () -> 1));
    }

    @Test
    void tenantCodesArePlainLowercase() {
        assertThrows(IllegalArgumentException.class, () -> new Tenant("Fenglin", "枫林街道", TenantKind.STREET, "徐汇区"));
        assertThrows(IllegalArgumentException.class, () -> new Tenant("a", "x", TenantKind.STREET, "徐汇区"));
        assertEquals(TenantStatus.PROVISIONING, new Tenant("fenglin", "枫林街道", TenantKind.STREET, "徐汇区").status());
    }
}
