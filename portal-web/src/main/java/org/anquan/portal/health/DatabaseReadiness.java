package org.anquan.portal.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.anquan.platform.database.boundary.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when MariaDB answers through the application's data source. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    Database database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.isReachable()).build();
    }
}
