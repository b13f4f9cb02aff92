package org.lianqin.core.catalogue;

import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.organisation.UnitType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default category catalogue ({@code catalogue/default-categories.csv}) as fresh, unsaved
 * categories for one street office: 大类 first, each followed by its 小类.
 */
public final class DefaultCatalogue {

    private static final String RESOURCE = "/catalogue/default-categories.csv";

    private DefaultCatalogue() {
    }

    public static List<Category> newCopy() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (String[] f : rows()) {
            String code = f[0];
            if (f[1].isEmpty()) {
                byCode.put(code, Category.main(code, f[2], f[3]));
            } else {
                Category parent = byCode.get(f[1]);
                if (parent == null) {
                    throw new IllegalStateException("Category " + code + " names an unknown 大类 " + f[1]);
                }
                TimeLimits limits = new TimeLimits(Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                        Integer.parseInt(f[8]), Integer.parseInt(f[9]));
                Category sub = Category.sub(parent, code, f[2], f[3], Boolean.parseBoolean(f[4]),
                        UnitType.valueOf(f[5]), limits, Priority.valueOf(f[10]));
                sub.ask(Questions.defaults(code));
                byCode.put(code, sub);
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static List<String[]> rows() {
        InputStream in = DefaultCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The default catalogue " + RESOURCE + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split(";", -1);
                    if (fields.length != 11) {
                        throw new IllegalStateException("Bad catalogue line: " + line);
                    }
                    rows.add(fields);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
