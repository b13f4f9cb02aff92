package org.lianqin.core.catalogue;

import org.junit.jupiter.api.Test;
import org.lianqin.core.organisation.UnitType;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultCatalogueTest {

    private final List<Category> catalogue = DefaultCatalogue.newCopy();
    private final Map<String, Category> byName = catalogue.stream()
            .filter(c -> !c.isMain()).collect(Collectors.toMap(Category::nameZh, Function.identity(), (a, b) -> a));

    @Test
    void coversTheProblemsOfThePilot() {
        for (String name : List.of("占道经营", "店外经营、跨门营业", "无照经营游商", "乱设摊", "违章搭建", "扒窃拎包",
                "盗窃三车", "入室盗窃", "流浪乞讨人员", "消费纠纷", "机动车乱停放", "暴露垃圾", "无证食品经营")) {
            assertNotNull(byName.get(name), name);
        }
    }

    @Test
    void everySubCategoryHasAUnitTypeAndAHandlingLimit() {
        catalogue.stream().filter(c -> !c.isMain()).forEach(c -> {
            assertNotNull(c.unitType(), c.code());
            assertTrue(c.limits().handleHours(false) > 0, c.code());
            assertTrue(c.code().startsWith(c.parent().code()), c.code() + " sits under " + c.parent().code());
        });
        assertEquals(UnitType.POLICE, byName.get("扒窃拎包").unitType());
        assertEquals(UnitType.CITY_MGMT, byName.get("乱设摊").unitType());
    }

    @Test
    void patrolLeadsAreInternalOnly() {
        assertFalse(byName.get("可疑人员线索").publicVisible());
        assertTrue(byName.get("乱设摊").publicVisible());
    }

    @Test
    void eachCallGivesAFreshCopy() {
        assertTrue(DefaultCatalogue.newCopy().get(0) != catalogue.get(0));
    }
}
