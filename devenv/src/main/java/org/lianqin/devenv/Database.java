package org.lianqin.devenv;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Where the application's MariaDB is: the server's address and credentials, and the schema's name.
 */
public record Database(String host, int port, String schema, String user, String password) {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Database {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
    }

    /** Parses {@code jdbc:mariadb://host[:port]/schema[?...]}, the form the run command accepts. */
    public static Database fromUrl(String url, String user, String password) {
        var m = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "LIANQIN_DB_URL must look like jdbc:mariadb://host:3306/lianqin, not " + url);
        }
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        return new Database(m.group(1), port, m.group(3), user, password == null ? "" : password);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    }

    private String serverUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    /** True when something accepts connections at the given address within half a second. */
    public static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the schema when it does not exist yet (utf8mb4, so that Chinese text is stored whole). */
    public void ensureSchema() {
        sql("CREATE DATABASE IF NOT EXISTS `" + schema
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
    }

    /** Drops and re-creates the schema: for test runs, which start from nothing. */
    public void recreateSchema() {
        sql("DROP DATABASE IF EXISTS `" + schema + "`");
        ensureSchema();
    }

    private void sql(String statement) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user, password);
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + host + ":" + port + " refused: " + e.getMessage(), e);
        }
    }
}
