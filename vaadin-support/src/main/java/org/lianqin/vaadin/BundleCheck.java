package org.lianqin.vaadin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each WAR's tests check of its two bundles (Chinese and English): the same keys in both, and no
 * lone apostrophe in a text with parameters, where MessageFormat would drop it and leave {0} unfilled.
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** Every problem of the bundle pair {@code base.properties} / {@code base_en.properties}, in words; none when they are right. */
    public static List<String> problems(Class<?> owner, String base) {
        Properties zh = load(owner, base + ".properties");
        Properties en = load(owner, base + "_en.properties");
        List<String> problems = new ArrayList<>();
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        onlyZh.forEach(k -> problems.add("only in Chinese: " + k));
        onlyEn.forEach(k -> problems.add("only in English: " + k));
        for (Properties bundle : List.of(zh, en)) {
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    problems.add("lone apostrophe with parameters: " + key + (bundle == en ? " (English)" : " (Chinese)"));
                }
            }
        }
        return problems;
    }

    private static Properties load(Class<?> owner, String name) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundle " + name + " next to " + owner.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
