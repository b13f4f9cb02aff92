package org.lianqin.devenv;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings up the environment of the {@code *IT} tests once per test JVM, before Arquillian connects:
 * the MariaDB at 127.0.0.1:3306 when it answers (else an embedded one under {@code target/}), a fresh
 * schema {@code lianqin_it}, and the Payara domain {@code lianqin-it} (HTTP 28080, admin 28048).
 * Failsafe switches it on with the system property {@code lianqin.it}; Surefire's unit tests skip it.
 * The ports are published as system properties for {@code arquillian.xml} and the tests.
 */
public final class ItEnvironment implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(ItEnvironment.class.getName());
    private static final int PORT_BASE = 28000;
    private static final int EMBEDDED_PORT = 28306;

    private Environment environment;

    /** Where the tests' SMTP server listens (MailIT). */
    public static final int SMTP_PORT = 28025;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("lianqin.it")) {
            return;
        }
        Path payara = Path.of(System.getProperty("lianqin.payara.home"));
        boolean local = Database.answers("127.0.0.1", 3306);
        Optional<Path> embeddedHome = local ? Optional.empty()
                : Optional.of(Path.of("target", "it-mariadb").toAbsolutePath());
        LOG.info(() -> local ? "Integration tests use the MariaDB at 127.0.0.1:3306"
                : "No MariaDB at 127.0.0.1:3306: integration tests use an embedded one");
        environment = Environment.start(payara, "lianqin-it", PORT_BASE, embeddedHome, EMBEDDED_PORT,
                new Database("127.0.0.1", 3306, "lianqin_it", "root", ""), true,
                Map.of("lianqin.demo-data", "true",
                        // the tests play many residents: each sends its own X-Forwarded-For through "a proxy"
                        "lianqin.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1",
                        // MailIT's GreenMail SMTP server; without it, mail waits in the outbox
                        "lianqin.mail.host", "127.0.0.1",
                        "lianqin.mail.port", String.valueOf(SMTP_PORT),
                        // no tile service: the residents' maps draw the offices' own outlines, as on a fresh install
                        "lianqin.site.url", "http://localhost:" + (PORT_BASE + 80)));
        System.setProperty("lianqin.it.admin-port", String.valueOf(environment.domain().adminPort()));
        System.setProperty("lianqin.it.http-port", String.valueOf(environment.domain().httpPort()));
        System.setProperty("lianqin.it.jdbc-url", environment.database().jdbcUrl());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (environment != null) {
            environment.close();
            environment = null;
        }
    }
}
