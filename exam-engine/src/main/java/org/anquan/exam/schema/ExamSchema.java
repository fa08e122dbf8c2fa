package org.anquan.exam.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the exam engine's tables when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExamSchema extends ModuleSchema {

    public static final String MODULE = "exam";

    @Override
    protected String module() {
        return MODULE;
    }
}
