package org.anquan.booking.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the booking module's tables when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingSchema extends ModuleSchema {

    public static final String MODULE = "booking";

    @Override
    protected String module() {
        return MODULE;
    }
}
