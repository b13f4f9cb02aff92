package org.lianqin.devenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The run command ({@code ./mvnw -Prun}): starts MariaDB (embedded with demo data, unless one is
 * configured), starts the Payara domain {@code lianqin} (HTTP 8080, admin 8048), deploys the EAR and
 * waits; Ctrl-C stops both.
 *
 * <p>A database is configured by the environment variables {@code LIANQIN_DB_URL},
 * {@code LIANQIN_DB_USER}, {@code LIANQIN_DB_PASSWORD} (and {@code LIANQIN_DEMO_DATA=true} to load the
 * demo street offices into it), or by the same keys in lowercase with dots ({@code lianqin.db.url} ...)
 * in {@code lianqin.properties} at the project's root.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());
    private static final int PORT_BASE = 8000;
    private static final int EMBEDDED_PORT = 3316;

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Environment env = startAndDeploy();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping Payara and the database ...");
            env.close();
            stopped.countDown();
        }, "lianqin-shutdown"));
        int port = env.domain().httpPort();
        LOG.info(() -> String.join("\n",
                "", "Lianqin is running on " + env.database().jdbcUrl(),
                "  residents:         http://localhost:" + port + "/",
                "  street offices:    http://localhost:" + port + "/portal",
                "  district console:  http://localhost:" + port + "/admin",
                "  health:            http://localhost:" + port + "/health",
                "  Payara admin:      http://localhost:" + env.domain().adminPort() + "/",
                "Press Ctrl-C to stop.", ""));
        stopped.await();
    }

    /**
     * Starts the database (embedded with demo data, unless one is configured) and the domain, deploys the
     * EAR and waits until it answers: what the run command and the data generator both need.
     */
    static Environment startAndDeploy() throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        }
        Path ear = Path.of(required("lianqin.ear"));
        Path payara = Path.of(required("lianqin.payara.home"));
        Path home = Path.of(required("lianqin.home"));
        Properties settings = settings(home.getParent().resolve("lianqin.properties"));

        Optional<String> url = setting(settings, "lianqin.db.url");
        Optional<Path> embeddedHome = url.isPresent() ? Optional.empty() : Optional.of(home.resolve("mariadb"));
        Database external = url.map(u -> Database.fromUrl(u, setting(settings, "lianqin.db.user").orElse("root"),
                        setting(settings, "lianqin.db.password").orElse("")))
                .orElse(new Database("127.0.0.1", EMBEDDED_PORT, "lianqin", "root", ""));
        boolean demoData = url.isEmpty() || setting(settings, "lianqin.demo.data").map(Boolean::parseBoolean).orElse(false);

        Environment env = Environment.start(payara, "lianqin", PORT_BASE, embeddedHome, EMBEDDED_PORT,
                external, false, Map.of("lianqin.demo-data", String.valueOf(demoData)));
        LOG.info(() -> "Deploying " + ear + (embeddedHome.isPresent() ? " (embedded database, data in " + embeddedHome.get() + ")" : ""));
        env.domain().deploy(ear, "lianqin");
        env.domain().awaitHttp("/", Duration.ofMinutes(3));
        return env;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run ./mvnw -Prun");
        }
        return value;
    }

    private static Properties settings(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    /** An environment variable (LIANQIN_DB_URL) wins over the properties file (lianqin.db.url). */
    private static Optional<String> setting(Properties file, String key) {
        String env = System.getenv(key.toUpperCase().replace('.', '_'));
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        return Optional.ofNullable(file.getProperty(key)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
