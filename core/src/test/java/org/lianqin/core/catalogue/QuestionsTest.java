package org.lianqin.core.catalogue;

import org.junit.jupiter.api.Test;
import org.lianqin.core.kernel.WorkflowException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extra questions of a 小类 and the check of their answers. */
class QuestionsTest {

    @Test
    void parkedCarsAskForThePlateAndTheKindOfVehicleInOrder() {
        assertEquals(2, Questions.defaults("0801").size());
        assertEquals("plate", Questions.defaults("0801").get(0).code());
        assertEquals("小汽车", Questions.defaults("0801").get(1).values().get("car")[0]);
        assertTrue(Questions.defaults("0104").isEmpty(), "most categories ask nothing more");
    }

    @Test
    void answersAreCheckedAndWrittenForStaff() {
        assertEquals("车牌号：沪A12345；车辆类型：小汽车",
                Questions.check(Questions.defaults("0801"), Map.of("plate", " 沪A12345 ", "vehicle", "car")));
        assertEquals("车辆类型：货车", Questions.check(Questions.defaults("0801"), Map.of("vehicle", "truck", "plate", "")));
        assertNull(Questions.check(Questions.defaults("0104"), Map.of()));
        assertNull(Questions.check(Questions.defaults("0104"), null));
        assertEquals("人数：3", Questions.check(Questions.defaults("0601"), Map.of("people", "3")));
    }

    @Test
    void badAnswersAreRefused() {
        for (Map<String, String> bad : new Map[] {
                Map.of("plate", "沪A12345"),                       // the required kind of vehicle is missing
                Map.of("vehicle", "spaceship"),                    // not in the list
                Map.of("vehicle", "car", "colour", "red"),         // no such question
                Map.of("vehicle", "car", "plate", "x".repeat(101))}) {
            assertEquals("attribute", assertThrows(WorkflowException.class, () -> Questions.check(Questions.defaults("0801"), bad)).code());
        }
        assertEquals("attribute", assertThrows(WorkflowException.class,
                () -> Questions.check(Questions.defaults("0104"), Map.of("plate", "x"))).code());
        assertEquals("attribute", assertThrows(WorkflowException.class,
                () -> Questions.check(Questions.defaults("0601"), Map.of("people", "many"))).code());
    }

    @Test
    void everyRefusedAnswerIsNamedAtOnceByItsQuestion() {
        Map<String, WorkflowException> refused = Questions.refusals(Questions.defaults("0801"),
                Map.of("plate", "x".repeat(101), "colour", "red"));
        assertEquals(List.of("colour", "plate", "vehicle"), refused.keySet().stream().sorted().toList());
        assertTrue(refused.get("vehicle").getMessage().contains("车辆类型"), refused.get("vehicle").getMessage());
        assertTrue(Questions.refusals(Questions.defaults("0801"), Map.of("vehicle", "car")).isEmpty());
    }

    @Test
    void anAdminsListIsNumberedInItsOrderAndEveryFlawIsRefused() {
        Map<String, String[]> sizes = new java.util.LinkedHashMap<>();
        sizes.put("small", new String[] {"小", "Small"});
        sizes.put("large", new String[] {"大", "Large"});
        List<Questions.Question> checked = Questions.checkedList(List.of(
                new Questions.Question(" stall_size ", "singlevaluelist", true, 9, "摊位大小", "Size of the stall", sizes),
                new Questions.Question("hours", "string", false, 3, "经营时段", "Hours of trading", Map.of())));
        assertEquals(List.of("stall_size", "hours"), checked.stream().map(Questions.Question::code).toList());
        assertEquals(List.of(1, 2), checked.stream().map(Questions.Question::order).toList());
        assertEquals("摊位大小：大", Questions.check(checked, Map.of("stall_size", "large")));

        Map<String, String[]> one = Map.of("only", new String[] {"唯一", "Only"});
        for (Questions.Question bad : List.of(
                new Questions.Question("Bad Code", "string", false, 1, "甲", "A", Map.of()),
                new Questions.Question("a", "string", false, 1, "", "A", Map.of()),
                new Questions.Question("a", "date", false, 1, "甲", "A", Map.of()),
                new Questions.Question("a", "singlevaluelist", false, 1, "甲", "A", one))) {
            assertEquals("question", assertThrows(WorkflowException.class, () -> Questions.checkedList(List.of(bad))).code());
        }
        Questions.Question twice = new Questions.Question("a", "string", false, 1, "甲", "A", Map.of());
        assertEquals("question", assertThrows(WorkflowException.class, () -> Questions.checkedList(List.of(twice, twice))).code());
    }
}
