package org.lianqin.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Deque's axe-core (the npm package, fetched by the build into the test classes) run in the page the
 * browser shows: the violations of its rules (WCAG 2.x A and AA, and its best practices) that it rates
 * serious or critical, each as "rule: how many elements — the first ones".
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    static List<String> seriousViolations(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.driver().executeScript(SCRIPT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + "  nodes: v.nodes.map(n => n.target.join(' ') + ' (' + n.failureSummary.replace(/\\n/g, ' ') + ')')}))))"
                        + ".catch(e => done([{id: 'axe-failed', impact: 'critical', nodes: [String(e)]}]));");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + ((List<?>) v.get("nodes")).size() + " — " + ((List<?>) v.get("nodes")).stream()
                        .limit(3).map(String::valueOf).toList())
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classes: the build fetches it (ear/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
