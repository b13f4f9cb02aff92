package org.lianqin.core.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal speaks both languages, with the same parameters in each, and nothing else is in the bundles. */
class RefusalTest {

    private static final Properties ZH = load("refusals.properties");
    private static final Properties EN = load("refusals_en.properties");

    private static Properties load(String file) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(RefusalTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasChineseAndEnglishWithTheSameParameters(Refusal r) {
        assertTrue(ZH.containsKey(r.name()), r + " has no Chinese text");
        assertTrue(EN.containsKey(r.name()), r + " has no English text");
        String zh = ZH.getProperty(r.name());
        String en = EN.getProperty(r.name());
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                r + " in Chinese: " + zh);
        assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                r + " in English: " + en);
        assertEquals(parameters(zh), parameters(en), r + ": the same parameters in both languages");
        Object[] sample = parameters(zh).stream().map(p -> "«" + p + "»").toArray();
        assertFalse(r.text(Locale.ENGLISH, sample).contains("{"), r + " formats in English");
        assertFalse(r.text(Locale.SIMPLIFIED_CHINESE, sample).contains("{"), r + " formats in Chinese");
        assertTrue(new MessageFormat(en).format(sample).length() > 0);
    }

    @Test
    void theBundlesHoldOnlyRefusals() {
        Set<String> names = new TreeSet<>();
        for (Refusal r : Refusal.values()) {
            names.add(r.name());
        }
        assertEquals(names, new TreeSet<>(ZH.stringPropertyNames()));
        assertEquals(names, new TreeSet<>(EN.stringPropertyNames()));
    }

    @Test
    void aLabelParameterSpeaksTheReadersLanguage() {
        WorkflowException e = new WorkflowException(Refusal.ROLE, Role.DISPATCHER.label());
        assertEquals("您没有进行此操作的权限（需要：指挥中心值班员）", e.getMessage());
        assertEquals("You may not do this (it needs: command centre dispatcher)", e.message(Locale.ENGLISH));
        assertEquals("role", e.code());
    }

    private static Set<String> parameters(String text) {
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(text);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
