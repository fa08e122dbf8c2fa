package org.anquan.platform.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Migrates the platform's tables when the application starts (bean-managed: Flyway commits itself). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformSchema extends ModuleSchema {

    public static final String MODULE = "platform";

    @Override
    protected String module() {
        return MODULE;
    }
}
