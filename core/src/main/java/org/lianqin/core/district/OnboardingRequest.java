package org.lianqin.core.district;

import org.lianqin.core.tenancy.TenantKind;

/**
 * Everything a new street office needs, in one request: its code (in URLs and case numbers), name, kind,
 * boundary (a GeoJSON Polygon, or a Feature of one), the template it starts from, optionally a grid file
 * (GeoJSON, checked as in the portal), and its first admin (login and name; the password is made here).
 */
public record OnboardingRequest(String code, String name, TenantKind kind, String boundary, String template,
                                byte[] gridFile, String adminLogin, String adminName) {

    /** The fields as the console's form and the API name them, for the errors. */
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String BOUNDARY = "boundary";
    public static final String TEMPLATE = "template";
    public static final String GRIDS = "grids";
    public static final String ADMIN_LOGIN = "admin.login";
    public static final String ADMIN_NAME = "admin.name";
}
