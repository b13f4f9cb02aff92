package org.lianqin.core.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arrows between the Maven modules (docs/architecture.md): every web module stands on core (and the
 * Vaadin ones on vaadin-support), none reaches another web module, and core reaches none of them. Read
 * from the modules' own poms, so a dependency added against the design fails here.
 */
class ModuleArrowsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>org\\.lianqin</groupId>\\s*<artifactId>([a-z-]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    /** What each module may depend on among the project's own modules (test scope included). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "devenv", Set.of(),
            "core", Set.of("devenv"),
            "vaadin-support", Set.of("core"),
            "rest-support", Set.of("core"),
            "public-report", Set.of("core", "rest-support", "devenv"),
            "portal-web", Set.of("core", "vaadin-support", "devenv"),
            "tenant-admin", Set.of("core", "vaadin-support", "rest-support", "devenv"),
            "ear", Set.of("core", "public-report", "portal-web", "tenant-admin", "devenv"));

    @Test
    void eachModuleDependsOnlyOnTheModulesBelowIt() throws IOException {
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            Set<String> used = projectDependencies(module.getKey());
            used.removeAll(module.getValue());
            assertEquals(Set.of(), used, module.getKey() + " reaches modules it must not");
        }
    }

    @Test
    void noWebModuleReachesAnother() throws IOException {
        Set<String> web = Set.of("public-report", "portal-web", "tenant-admin");
        for (String module : web) {
            Set<String> used = projectDependencies(module);
            used.retainAll(web);
            assertEquals(Set.of(), used, module + " depends on another web module");
        }
    }

    @Test
    void everyModuleOfTheBuildIsKnownHere() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>([a-z-]+)</module>").matcher(parent);
        Set<String> modules = new TreeSet<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertTrue(!modules.isEmpty(), "the parent pom lists its modules");
        assertEquals(new TreeSet<>(ALLOWED.keySet()), modules, "a new module needs its arrows decided here");
    }

    private static Set<String> projectDependencies(String module) throws IOException {
        String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
        Matcher m = DEPENDENCY.matcher(pom);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
