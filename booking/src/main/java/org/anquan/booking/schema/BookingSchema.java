package org.anquan.booking.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the booking module's tables when the application starts (bean-managed: Flyway commits itself). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class BookingSchema extends ModuleSchema {

    public static final String MODULE = "booking";

    @Override
    protected String module() {
        return MODULE;
    }
}
