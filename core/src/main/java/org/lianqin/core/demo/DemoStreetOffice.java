package org.lianqin.core.demo;

import org.lianqin.core.kernel.Role;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo street offices of Shanghai's Xuhui district, where 大联勤 was piloted: 枫林街道 and 华泾镇
 * (active) and 天平街道 (suspended, to show that a suspended office disappears from public lists).
 * Grids are road-segment rectangles laid over the office's area.
 */
public record DemoStreetOffice(String code, String name, TenantKind kind, boolean active,
                               double west, double south, String boundaryGeoJson,
                               List<UnitSpec> units, List<GridSpec> grids, List<StaffSpec> staff) {

    public record UnitSpec(String key, String name, UnitType type, String phone) {
    }

    public record GridSpec(String code, String name, String roads, String boundaryGeoJson) {
    }

    public record StaffSpec(String login, String name, String unitKey, Set<Role> roles) {
    }

    static final List<DemoStreetOffice> ALL = List.of(
            new DemoStreetOffice("fenglin", "枫林街道", TenantKind.STREET, true, 121.448, 31.186,
                    outline(121.448, 31.186, 3, 0.006, 0.007, 6),
                    demoUnits("枫林", "枫林路派出所"),
                    demoGrids("FL", 121.448, 31.186, 3, 0.006, 0.007, List.of(
                            "枫林路（零陵路—斜土路）", "东安路（零陵路—斜土路）", "医学院路（东安路—枫林路）",
                            "零陵路（宛平南路—东安路）", "斜土路（枫林路—东安路）", "中山南二路（枫林路—东安路）")),
                    demoStaff()),
            new DemoStreetOffice("huajing", "华泾镇", TenantKind.TOWN, true, 121.440, 31.105,
                    outline(121.440, 31.105, 2, 0.010, 0.010, 4),
                    demoUnits("华泾", "华泾派出所"),
                    demoGrids("HJ", 121.440, 31.105, 2, 0.010, 0.010, List.of(
                            "华泾路（龙吴路—华发路）", "东湾小区及周边", "关港（龙吴路沿线）", "华泾绿地及龙华港")),
                    demoStaff()),
            new DemoStreetOffice("tianping", "天平街道", TenantKind.STREET, false, 121.436, 31.200,
                    outline(121.436, 31.200, 2, 0.005, 0.005, 2),
                    demoUnits("天平", "天平路派出所"),
                    demoGrids("TP", 121.436, 31.200, 2, 0.005, 0.005, List.of(
                            "衡山路（天平路—宛平路）", "天平路（淮海中路—衡山路）")),
                    demoStaff()));

    private static List<UnitSpec> demoUnits(String place, String policeStation) {
        return List.of(
                new UnitSpec("governance", place + "综治办", UnitType.GOVERNANCE, "021-64000001"),
                new UnitSpec("police", policeStation, UnitType.POLICE, "021-64000110"),
                new UnitSpec("market", place + "市场监管所", UnitType.MARKET, "021-64000315"),
                new UnitSpec("citymgmt", place + "城管中队", UnitType.CITY_MGMT, "021-64000012"),
                new UnitSpec("housing", place + "房管办", UnitType.HOUSING, "021-64000020"),
                new UnitSpec("sanitation", place + "环卫所", UnitType.SANITATION, "021-64000030"),
                new UnitSpec("community", place + "第一居委会", UnitType.COMMUNITY, "021-64000040"));
    }

    /**
     * The office's outline: the block of its grids and, to the north, two more rows that the office has
     * not divided into grids yet (where its admin can import or draw new ones).
     */
    private static String outline(double lon0, double lat0, int columns, double width, double height, int grids) {
        int rows = (grids + columns - 1) / columns + 2;
        return rectangle(lon0, lat0, lon0 + columns * width, lat0 + rows * height);
    }

    private static String rectangle(double west, double south, double east, double north) {
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}",
                west, south, east, south, east, north, west, north, west, south);
    }

    /** Names laid out as a grid of rectangles, {@code columns} wide, from the south-west corner. */
    private static List<GridSpec> demoGrids(String prefix, double lon0, double lat0, int columns,
                                        double width, double height, List<String> names) {
        List<GridSpec> grids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double west = lon0 + (i % columns) * width;
            double south = lat0 + (i / columns) * height;
            String polygon = rectangle(west, south, west + width, south + height);
            String name = names.get(i);
            String roads = name.contains("（") ? name : null;
            grids.add(new GridSpec(String.format(Locale.ROOT, "%s-%02d", prefix, i + 1), name, roads, polygon));
        }
        return grids;
    }

    private static List<StaffSpec> demoStaff() {
        return List.of(
                new StaffSpec("admin", "王敏", null, Set.of(Role.TENANT_ADMIN)),
                new StaffSpec("dispatcher", "李强", "governance", Set.of(Role.DISPATCHER)),
                new StaffSpec("leader", "张建国", null, Set.of(Role.LEADER)),
                new StaffSpec("inspector", "陈晓", null, Set.of(Role.INSPECTOR)),
                new StaffSpec("chengguan", "刘洋", "citymgmt", Set.of(Role.UNIT_OFFICER)),
                new StaffSpec("police", "赵磊", "police", Set.of(Role.UNIT_OFFICER)),
                new StaffSpec("market", "孙丽", "market", Set.of(Role.UNIT_OFFICER)));
    }
}
