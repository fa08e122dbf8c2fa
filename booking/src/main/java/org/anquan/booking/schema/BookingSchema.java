package org.anquan.booking.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.anquan.platform.database.boundary.Database;
import org.anquan.platform.schema.SchemaMigrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;

/** Migrates the booking module's tables (and loads its demo rows where configured) when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingSchema {

    public static final String MODULE = "booking";

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "anquan.demo-data", defaultValue = "false")
    boolean demoData;

    /** Flyway commits each migration itself: the container must not hold a transaction around it. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        new SchemaMigrator().migrate(dataSource, MODULE, demoData, BookingSchema.class.getClassLoader());
    }
}
