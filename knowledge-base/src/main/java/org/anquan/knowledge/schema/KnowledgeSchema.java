package org.anquan.knowledge.schema;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.anquan.platform.schema.ModuleSchema;

/** Migrates the knowledge base's tables when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeSchema extends ModuleSchema {

    public static final String MODULE = "kb";

    @Override
    protected String module() {
        return MODULE;
    }
}
