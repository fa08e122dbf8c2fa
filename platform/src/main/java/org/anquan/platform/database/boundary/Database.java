package org.anquan.platform.database.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Owns the application's one data source, {@value #DATA_SOURCE}. Its address and credentials come from
 * MicroProfile Config ({@code META-INF/microprofile-config.properties} holds the embedded defaults of
 * {@code ./anquan run}); environment variables such as {@code ANQUAN_DB_URL} override them. Transactions run at
 * READ COMMITTED, the isolation that row locks (SELECT … FOR UPDATE, SKIP LOCKED) are designed with.
 */
@DataSourceDefinition(
        name = Database.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=anquan.db.url}",
        user = "${MPCONFIG=anquan.db.user}",
        password = "${MPCONFIG=anquan.db.password}",
        minPoolSize = 2,
        // twice the request threads the devstack gives Payara's HTTP listener (PayaraServer.REQUEST_THREADS): a
        // request with a transaction of its own inside another holds two connections
        maxPoolSize = 64,
        maxIdleTime = 300,
        // rows locked to decide something (a slot's places, a session's seats) are read afresh after the lock:
        // under REPEATABLE READ a transaction would keep seeing the snapshot of its first read, taken before it
        // waited for the lock
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    public static final String DATA_SOURCE = "java:app/jdbc/anquan";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** Whether a connection can be had and answers within two seconds. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
