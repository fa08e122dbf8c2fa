package org.anquan.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.anquan.devstack.EmbeddedMariaDb;
import org.anquan.devstack.TestServers;
import org.anquan.platform.schema.SchemaMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A module's persistence unit on a fresh database of the real MariaDB, migrated by the module's own Flyway scripts.
 * Hibernate validates every mapping against that schema: a mapping that does not fit fails here, not at deploy.
 */
public final class PersistenceFixture implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String databaseName;
    private final DataSource dataSource;
    private final SchemaMigrator.Outcome migration;
    private EntityManagerFactory entityManagerFactory;

    private PersistenceFixture(String databaseName, DataSource dataSource, SchemaMigrator.Outcome migration) {
        this.databaseName = databaseName;
        this.dataSource = dataSource;
        this.migration = migration;
    }

    /** A fresh database with the module's migrations applied (and its demo rows, if asked). */
    public static PersistenceFixture migrated(String module, boolean withDemoData) {
        EmbeddedMariaDb server = TestServers.database();
        String name = "t_" + module + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        server.createDatabase(name);
        try {
            // READ COMMITTED, as the portal's data source (Database): row locks without gap locks
            MariaDbDataSource dataSource = new MariaDbDataSource(server.url(name)
                    + "?sessionVariables=tx_isolation='READ-COMMITTED'");
            dataSource.setUser(EmbeddedMariaDb.USER);
            dataSource.setPassword(EmbeddedMariaDb.PASSWORD);
            SchemaMigrator.Outcome outcome = new SchemaMigrator()
                    .migrate(dataSource, module, withDemoData, PersistenceFixture.class.getClassLoader());
            return new PersistenceFixture(name, dataSource, outcome);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Boots the named persistence unit of the module's persistence.xml outside the container (resource-local, on
     * this database) with {@code hibernate.hbm2ddl.auto=validate}.
     */
    public PersistenceFixture withPersistenceUnit(String unitName) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("hibernate.transaction.jta.platform", "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        settings.put("hibernate.hbm2ddl.auto", "validate");
        entityManagerFactory = Persistence.createEntityManagerFactory(unitName, settings);
        return this;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SchemaMigrator.Outcome migration() {
        return migration;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    @Override
    public void close() {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        TestServers.database().dropDatabase(databaseName);
    }
}
