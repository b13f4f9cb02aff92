package org.lianqin.core.catalogue;

import org.junit.jupiter.api.Test;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extra questions of a 小类 and the check of their answers. */
class QuestionsTest {

    @Test
    void parkedCarsAskForThePlateAndTheKindOfVehicleInOrder() {
        assertEquals(2, Questions.of("0801").size());
        assertEquals("plate", Questions.of("0801").get(0).code());
        assertEquals("小汽车", Questions.of("0801").get(1).values().get("car")[0]);
        assertTrue(Questions.of("0104").isEmpty(), "most categories ask nothing more");
    }

    @Test
    void answersAreCheckedAndWrittenForStaff() {
        assertEquals("车牌号：沪A12345；车辆类型：小汽车",
                Questions.check("0801", Map.of("plate", " 沪A12345 ", "vehicle", "car")));
        assertEquals("车辆类型：货车", Questions.check("0801", Map.of("vehicle", "truck", "plate", "")));
        assertNull(Questions.check("0104", Map.of()));
        assertNull(Questions.check("0104", null));
        assertEquals("人数：3", Questions.check("0601", Map.of("people", "3")));
    }

    @Test
    void badAnswersAreRefused() {
        for (Map<String, String> bad : new Map[] {
                Map.of("plate", "沪A12345"),                       // the required kind of vehicle is missing
                Map.of("vehicle", "spaceship"),                    // not in the list
                Map.of("vehicle", "car", "colour", "red"),         // no such question
                Map.of("vehicle", "car", "plate", "x".repeat(101))}) {
            assertEquals("attribute", assertThrows(WorkflowException.class, () -> Questions.check("0801", bad)).code());
        }
        assertEquals("attribute", assertThrows(WorkflowException.class,
                () -> Questions.check("0104", Map.of("plate", "x"))).code());
        assertEquals("attribute", assertThrows(WorkflowException.class,
                () -> Questions.check("0601", Map.of("people", "many"))).code());
    }
}
