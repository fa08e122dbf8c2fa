package org.anquan.knowledge.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the knowledge base's tables when the application starts (bean-managed: Flyway commits itself). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class KnowledgeSchema extends ModuleSchema {

    public static final String MODULE = "kb";

    @Override
    protected String module() {
        return MODULE;
    }
}
