package org.anquan.exam.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the exam engine's tables when the application starts (bean-managed: Flyway commits itself). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ExamSchema extends ModuleSchema {

    public static final String MODULE = "exam";

    @Override
    protected String module() {
        return MODULE;
    }
}
