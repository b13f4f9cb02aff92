package org.lianqin.core.district;

import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantKind;

import java.util.List;
import java.util.Map;

import static org.lianqin.core.district.TemplateApplier.PLACE;

/**
 * The district's first two templates, as Xuhui set up its street offices and towns: the member units of
 * a 大联勤 command centre, two joint-duty squads, the district's catalogue, replies and result kinds as
 * they are, and handling limits shortened at the higher duty levels.
 */
final class BuiltInTemplates {

    record BuiltIn(String code, String name, TenantKind kind, TemplateContent content) {
    }

    static final List<BuiltIn> ALL = List.of(
            new BuiltIn("xuhui-street", "徐汇区街道模板", TenantKind.STREET, content(List.of(
                    new TemplateContent.UnitEntry(PLACE + "综治办", UnitType.GOVERNANCE, null),
                    new TemplateContent.UnitEntry(PLACE + "派出所", UnitType.POLICE, null),
                    new TemplateContent.UnitEntry(PLACE + "市场监管所", UnitType.MARKET, null),
                    new TemplateContent.UnitEntry(PLACE + "城管中队", UnitType.CITY_MGMT, null),
                    new TemplateContent.UnitEntry(PLACE + "房管办", UnitType.HOUSING, null),
                    new TemplateContent.UnitEntry(PLACE + "绿化市容所", UnitType.SANITATION, null),
                    new TemplateContent.UnitEntry(PLACE + "社区居委会", UnitType.COMMUNITY, null)),
                    Map.of(DutyLevel.HEIGHTENED, 75, DutyLevel.HIGHEST, 50))),
            new BuiltIn("xuhui-town", "徐汇区镇模板", TenantKind.TOWN, content(List.of(
                    new TemplateContent.UnitEntry(PLACE + "镇综治办", UnitType.GOVERNANCE, null),
                    new TemplateContent.UnitEntry(PLACE + "派出所", UnitType.POLICE, null),
                    new TemplateContent.UnitEntry(PLACE + "市场监管所", UnitType.MARKET, null),
                    new TemplateContent.UnitEntry(PLACE + "城管中队", UnitType.CITY_MGMT, null),
                    new TemplateContent.UnitEntry(PLACE + "房管所", UnitType.HOUSING, null),
                    new TemplateContent.UnitEntry(PLACE + "环卫所", UnitType.SANITATION, null),
                    new TemplateContent.UnitEntry(PLACE + "村（居）委会", UnitType.COMMUNITY, null),
                    new TemplateContent.UnitEntry(PLACE + "农业综合服务中心", UnitType.OTHER, null)),
                    Map.of(DutyLevel.HEIGHTENED, 80, DutyLevel.HIGHEST, 60))));

    private BuiltInTemplates() {
    }

    private static TemplateContent content(List<TemplateContent.UnitEntry> units, Map<DutyLevel, Integer> duty) {
        return new TemplateContent(units,
                List.of(new TemplateContent.SquadEntry("第一联勤分队", null), new TemplateContent.SquadEntry("第二联勤分队", null)),
                List.of(), List.of(), List.of(), duty, List.of());
    }
}
