package org.lianqin.publicreport.site;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void chineseIsTheDefaultWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("联勤", Language.ZH.messages().getString("site.name"));
            assertEquals("Lianqin", Language.EN.messages().getString("site.name"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onlyAnExplicitEnglishChoiceGivesEnglish() {
        assertEquals(Language.EN, Language.parse("en"));
        assertEquals(Language.EN, Language.parse("EN"));
        assertEquals(Language.ZH, Language.parse("zh"));
        assertEquals(Language.ZH, Language.parse("fr"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Language.ZH.messages().keySet(), Language.EN.messages().keySet());
    }
}
