package org.lianqin.publicreport.site;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.List;
import java.util.Map;

/**
 * Chinese place names as English pages write them: the proper name in Hanyu Pinyin, syllables joined
 * and capitalised as on road signs (GB/T 16159), and the generic part in English — 枫林街道 is
 * "Fenglin Subdistrict", 徐汇区 "Xuhui District". A name that is not Chinese is left as it is.
 */
final class PlaceNames {

    /** The generic endings of a name and their English words, longest first. */
    private static final List<Map.Entry<String, String>> GENERIC = List.of(
            Map.entry("街道办事处", "Subdistrict"), Map.entry("街道", "Subdistrict"), Map.entry("新区", "New Area"),
            Map.entry("区", "District"), Map.entry("镇", "Town"), Map.entry("乡", "Township"), Map.entry("县", "County"),
            Map.entry("市", "City"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    private PlaceNames() {
    }

    static String english(String name) {
        if (name == null || name.codePoints().noneMatch(PlaceNames::han)) {
            return name;
        }
        String proper = name.strip();
        String generic = null;
        for (Map.Entry<String, String> g : GENERIC) {
            if (proper.endsWith(g.getKey()) && proper.length() > g.getKey().length()) {
                proper = proper.substring(0, proper.length() - g.getKey().length());
                generic = g.getValue();
                break;
            }
        }
        String pinyin = pinyin(proper);
        return generic == null ? pinyin : pinyin + " " + generic;
    }

    /** The syllables joined, the first letter capitalised; what is not a Chinese character stays as it is. */
    static String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            String[] readings = null;
            try {
                readings = han(ch) ? PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT) : null;
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
            if (readings == null || readings.length == 0) {
                out.append(ch);
            } else {
                String syllable = readings[0];
                // an apostrophe where a syllable starting with a vowel would run into the one before (Xi'an)
                if (out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1)) && "aoe".indexOf(syllable.charAt(0)) >= 0) {
                    out.append('\'');
                }
                out.append(syllable);
            }
        }
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
