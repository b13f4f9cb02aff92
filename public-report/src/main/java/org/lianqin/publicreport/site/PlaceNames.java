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

    /**
     * Place names read otherwise than their characters' first reading in the dictionary (长 is zhang/chang,
     * 行 xing/hang, 厦 sha/xia...): the reading a place name has, by the characters around it.
     */
    private static final Map<String, String> READ_AS = Map.ofEntries(
            Map.entry("长", "chang"), Map.entry("闵行", "minhang"), Map.entry("厦门", "xiamen"), Map.entry("重庆", "chongqing"),
            Map.entry("重固", "chonggu"), Map.entry("六安", "lu'an"), Map.entry("六合", "luhe"), Map.entry("蚌埠", "bengbu"),
            Map.entry("番禺", "panyu"), Map.entry("丽水", "lishui"), Map.entry("台州", "taizhou"), Map.entry("乐清", "yueqing"),
            Map.entry("洪洞", "hongtong"), Map.entry("莘庄", "xinzhuang"), Map.entry("大厦", "dasha"), Map.entry("朝阳", "chaoyang"),
            Map.entry("银行", "yinhang"), Map.entry("曲阳", "quyang"), Map.entry("七宝", "qibao"), Map.entry("虹口", "hongkou"));
    private static final int LONGEST = READ_AS.keySet().stream().mapToInt(String::length).max().orElse(1);

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
        for (int i = 0; i < text.length(); ) {
            String reading = null;
            int read = 1;
            for (int n = Math.min(LONGEST, text.length() - i); n >= 1 && reading == null; n--) {
                reading = READ_AS.get(text.substring(i, i + n));
                read = n;
            }
            char ch = text.charAt(i);
            if (reading == null) {
                read = 1;
                reading = han(ch) ? dictionary(ch) : null;
            }
            if (reading == null) {
                out.append(ch);
            } else {
                // an apostrophe where a syllable starting with a vowel would run into the one before (Xi'an)
                if (out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1)) && "aoe".indexOf(reading.charAt(0)) >= 0) {
                    out.append('\'');
                }
                out.append(reading);
            }
            i += read;
        }
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** The character's first reading in pinyin4j's dictionary, or null for one it does not know. */
    private static String dictionary(char ch) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
