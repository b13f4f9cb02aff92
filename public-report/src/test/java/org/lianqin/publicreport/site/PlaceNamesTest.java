package org.lianqin.publicreport.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceNamesTest {

    @Test
    void chineseNamesReadInPinyinWithTheirGenericPartInEnglish() {
        assertEquals("Fenglin Subdistrict", PlaceNames.english("枫林街道"));
        assertEquals("Huajing Town", PlaceNames.english("华泾镇"));
        assertEquals("Xuhui District", PlaceNames.english("徐汇区"));
        assertEquals("Tianping Subdistrict", PlaceNames.english("天平街道"));
        assertEquals("Xi'an", PlaceNames.english("西安"), "an apostrophe where syllables would run together");
    }

    @Test
    void placeNamesWithCharactersOfTwoReadingsReadAsThePlacesAreCalled() {
        assertEquals("Changning District", PlaceNames.english("长宁区"));
        assertEquals("Minhang District", PlaceNames.english("闵行区"));
        assertEquals("Xinzhuang Town", PlaceNames.english("莘庄镇"));
        assertEquals("Xiamen City", PlaceNames.english("厦门市"));
        assertEquals("Chonggu Town", PlaceNames.english("重固镇"));
        assertEquals("Changqiao Subdistrict", PlaceNames.english("长桥街道"));
    }

    @Test
    void namesThatAreNotChineseStayAsTheyAre() {
        assertEquals("Test Office", PlaceNames.english("Test Office"));
        assertEquals(null, PlaceNames.english(null));
    }

    @Test
    void aNameThatIsOnlyAGenericWordIsReadWhole() {
        assertEquals("Zhen", PlaceNames.english("镇"));
    }
}
