package org.lianqin.core.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small WAR holding all of core (entities, services, every resource of src/main/resources) and the
 * test's own classes, with the role mapping of the EAR plus the test callers (glassfish-web.xml), deployed to the Payara domain of the integration tests.
 */
public final class CoreDeployment {

    private CoreDeployment() {
    }

    public static WebArchive of(String name, Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "org.lianqin.core")
                .addClasses(testClasses)
                .addClass(AsSystem.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(Path.of("src/main/resources/META-INF/ejb-jar.xml").toFile(), "ejb-jar.xml")
                .addAsWebInfResource(Path.of("src/main/resources/META-INF/beans.xml").toFile(), "beans.xml")
                .addAsWebInfResource("glassfish-web.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile());
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String path = resources.relativize(f).toString().replace('\\', '/');
                if (!path.equals("META-INF/ejb-jar.xml") && !path.equals("META-INF/beans.xml")
                        && !path.equals("META-INF/persistence.xml")) {
                    war.addAsResource(f.toFile(), path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the reports' font, which the build fetches into the classes rather than keeping it in the sources
        Path fonts = Path.of("target/classes/fonts");
        if (Files.isDirectory(fonts)) {
            try (Stream<Path> files = Files.list(fonts)) {
                files.forEach(f -> war.addAsResource(f.toFile(), "fonts/" + f.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return war;
    }
}
