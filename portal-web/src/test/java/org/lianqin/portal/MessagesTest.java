package org.lianqin.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portal's two bundles: the same keys, and no lone apostrophe where MessageFormat would eat it. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/lianqin/portal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void aTextWithParametersHasNoLoneApostrophe() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(file + " " + key);
                }
            }
        }
        assertEquals(List.of(), broken, "MessageFormat drops a lone ' and leaves the {0} unfilled");
    }
}
