package org.lianqin.core.kernel;


/**
 * The container's security roles, for {@code @RolesAllowed}. A signed-in member of staff is in the
 * roles of their {@link Role}s (same names); {@link #SYSTEM} is held only by the application's own timers
 * and start-up work through {@code @RunAs}. District admins are global accounts in {@link #DISTRICT_ADMIN}.
 * The EAR's {@code glassfish-application.xml} maps each role to the group of the same name.
 */
public final class Roles {

    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String DISPATCHER = "DISPATCHER";
    public static final String UNIT_OFFICER = "UNIT_OFFICER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String LEADER = "LEADER";
    public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
