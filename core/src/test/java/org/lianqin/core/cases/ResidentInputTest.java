package org.lianqin.core.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResidentInputTest {

    private static String text(String s) {
        return ResidentInput.text(s, ResidentInput.MAX_DESCRIPTION, Refusal.DESCRIPTION_TOO_LONG);
    }

    private static String refusal(Runnable r) {
        return assertThrows(WorkflowException.class, r::run).code();
    }

    @Test
    void comparisonsAndAnglesArePlainText() {
        assertEquals("a < b 且 c > d", text("a < b 且 c > d"));
        assertEquals("门牌 <3 号> 旁", text("门牌 <3 号> 旁"));
        assertEquals("x<y", text("x<y"));
        assertEquals("温度 >30℃ 时 <5 人", text("温度 >30℃ 时 <5 人"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "看这里 <b>加粗</b>",
            "</div>", "<!-- 注释 -->", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<svg/onload=alert(1)>",
            "<a href='javascript:x'>点</a>", "<br/>", "<img alt=\"<\" src=x onerror=alert(1)>",
            "<img src=x onerror=alert(1)", "</script foo>", "<script\tsrc=x>"})
    void markupIsRefused(String markup) {
        assertEquals("markup", refusal(() -> text(markup)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"有\u0000空字符", "响铃\u0007", "\u001b[31m红字", "孤立\ud800代理", "\udc00在前", "乱码\ufffd",
            "反向\u202e文字", "隔离\u2066文字", "非字符\uffff", "\ufdd0"})
    void whatNoKeyboardTypesIsRefused(String typed) {
        assertEquals("invalid-characters", refusal(() -> text(typed)));
    }

    @Test
    void lineBreaksTabsEmojiAndRareCharactersAreFine() {
        assertEquals("第一行\n第二行\t制表", text("第一行\n第二行\t制表"));
        assertEquals("垃圾桶满了 🗑️ 𠀀", text("垃圾桶满了 🗑️ 𠀀"));
    }

    @Test
    void invisibleTextIsRefusedAndBlankTextIsAbsent() {
        assertEquals("invalid-characters", refusal(() -> text("\u200b\u200b\u200b")));
        assertEquals("invalid-characters", refusal(() -> text(" \u2060 \u200d ")));
        assertEquals("invalid-characters", refusal(() -> text("有 BOM\ufeff")));
        assertNull(text(" \u3000 \t "));
        assertNull(text(null));
    }

    @Test
    void lengthIsCountedInCharactersAndRefusedNotCut() {
        assertEquals(1000, text("长".repeat(1000)).length());
        assertEquals("description-too-long", refusal(() -> text("长".repeat(1001))));
        assertEquals("address-too-long", refusal(() -> ResidentInput.address("路".repeat(201))));
    }

    @Test
    void idempotencyKeysAre16To64OfTheAgreedCharacters() {
        assertEquals("k".repeat(16), ResidentInput.idempotencyKey("k".repeat(16)));
        assertEquals("k".repeat(64), ResidentInput.idempotencyKey("k".repeat(64)));
        assertNull(ResidentInput.idempotencyKey(" "));
        for (String bad : new String[] {"k".repeat(15), "k".repeat(65), "k".repeat(15) + " ", "键".repeat(20), "abc/def/ghi/jkl/mno"}) {
            assertEquals("idempotency-key", refusal(() -> ResidentInput.idempotencyKey(bad)), bad);
        }
    }

    @Test
    void answersAreTypedTextToo() {
        ResidentInput.answers(Map.of("plate", "沪A12345"));
        assertEquals("invalid-characters", refusal(() -> ResidentInput.answers(Map.of("plate", "沪A\u0000"))));
        assertEquals("markup", refusal(() -> ResidentInput.answers(Map.of("plate", "<b>x</b>"))));
    }

    @Test
    void contactsArePhonesOrMail() {
        assertEquals("13900001111", ResidentInput.contact(" 13900001111 "));
        assertEquals("a@example.org", ResidentInput.contact("a@example.org"));
        assertEquals("contact-invalid", refusal(() -> ResidentInput.contact("'; DROP TABLE x; --")));
        assertEquals("invalid-characters", refusal(() -> ResidentInput.contact("139\u000000001111")));
    }
}
