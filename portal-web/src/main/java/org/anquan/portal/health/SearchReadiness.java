package org.anquan.portal.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.anquan.knowledge.search.boundary.SearchIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Elasticsearch answers and the documents index is in place. Pages keep working when it is down. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @EJB
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search").status(searchIndex.isAvailable()).build();
    }
}
