package org.lianqin.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Whether a failure means "the database cannot be reached right now" (restarting, failing over, the
 * pool cannot get a connection) rather than a fault of ours: such a request stored nothing and is
 * answered 503 with {@link #RETRY_AFTER_SECONDS}, so that clients retry instead of reporting a bug.
 */
public final class Unavailable {

    /** How long a client should wait before trying again; a MariaDB restart takes a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private Unavailable() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;   // SQLSTATE class 08: connection exception
            }
            String type = t.getClass().getName();
            // the application server's pool (PoolingException, ResourceException) when it has no connection to give
            if (type.endsWith(".PoolingException") || type.endsWith(".ResourceException")
                    || type.endsWith(".ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
