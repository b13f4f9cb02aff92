package org.lianqin.devenv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A database and a Payara domain configured to use it: what the run command and the integration
 * tests both need. Closing it stops the domain and, if it started one, the embedded MariaDB.
 */
public final class Environment implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Environment.class.getName());

    private final Database database;
    private final PayaraDomain domain;
    private final EmbeddedMariaDb embedded;

    private Environment(Database database, PayaraDomain domain, EmbeddedMariaDb embedded) {
        this.database = database;
        this.domain = domain;
        this.embedded = embedded;
    }

    /**
     * Starts the domain against the database, starting the embedded MariaDB first when asked to.
     *
     * @param embeddedHome where the embedded MariaDB keeps its files, or empty to use {@code external}
     * @param freshSchema  drop and re-create the schema (tests), or keep what is there (run)
     */
    public static Environment start(Path payaraHome, String domainName, int portBase,
                                    Optional<Path> embeddedHome, int embeddedPort, Database external,
                                    boolean freshSchema, Map<String, String> systemProperties) {
        EmbeddedMariaDb embedded = embeddedHome.map(home -> EmbeddedMariaDb.start(home, embeddedPort)).orElse(null);
        try {
            Database db = embedded == null ? external
                    : new Database("127.0.0.1", embedded.port(), external.schema(), "root", "");
            if (freshSchema) {
                db.recreateSchema();
            } else if (embedded != null) {
                db.ensureSchema();
            }
            PayaraDomain domain = new PayaraDomain(payaraHome, domainName, portBase);
            domain.ensureCreated(driverJar());
            LOG.info(() -> "Starting Payara domain " + domainName + " (HTTP " + domain.httpPort()
                    + ", admin " + domain.adminPort() + ") on " + db.jdbcUrl());
            domain.start();
            domain.undeployAll();
            domain.configure(db, systemProperties);
            return new Environment(db, domain, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static Path driverJar() {
        try {
            return Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Database database() {
        return database;
    }

    public PayaraDomain domain() {
        return domain;
    }

    /**
     * Stops the embedded MariaDB, keeps it down for {@code down}, and starts it again on the same data
     * and port — what a database restart looks like to the application (the crash tests).
     */
    public void restartEmbeddedDatabase(Duration down) throws InterruptedException {
        if (embedded == null) {
            throw new IllegalStateException("Only an embedded MariaDB can be restarted from here");
        }
        LOG.info("Restarting the embedded MariaDB");
        embedded.restart(down);
        LOG.info("The embedded MariaDB is up again");
    }

    @Override
    public void close() {
        try {
            domain.stop();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stopping Payara failed: " + e.getMessage());
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
