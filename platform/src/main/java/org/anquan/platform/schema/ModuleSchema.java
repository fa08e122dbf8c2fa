package org.anquan.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.anquan.platform.database.boundary.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;

/**
 * Base of each module's start-up singleton that migrates the module's tables (and loads its demo rows where
 * {@code anquan.demo-data} is true) before anything else of the module runs. Beans that use the tables declare
 * {@code @DependsOn} on the subclass.
 */
public abstract class ModuleSchema {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "anquan.demo-data", defaultValue = "false")
    boolean demoData;

    /** The module's key: its Flyway folders are {@code db/migration/<key>} and {@code db/demo/<key>}. */
    protected abstract String module();

    /**
     * Flyway commits each migration itself, so no container transaction may surround this: subclasses are
     * singletons with bean-managed transactions (a method-level attribute here would not apply to the callback).
     */
    @PostConstruct
    void migrate() {
        new SchemaMigrator().migrate(dataSource, module(), demoData, getClass().getClassLoader());
    }
}
