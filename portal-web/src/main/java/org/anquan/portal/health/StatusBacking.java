package org.anquan.portal.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** /status.xhtml: the readiness checks (/health/ready for machines) in words, for people. */
@Named
@RequestScoped
public class StatusBacking {

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Inject
    Clock clock;

    private List<Part> parts;

    /** One part of the service and whether it works. */
    public record Part(String name, boolean up) {
    }

    public List<Part> getParts() {
        if (parts == null) {
            parts = new ArrayList<>();
            for (HealthCheck check : checks) {
                HealthCheckResponse response = check.call();
                parts.add(new Part(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP));
            }
            parts.sort(Comparator.comparing(Part::name));
        }
        return parts;
    }

    public boolean isAllUp() {
        return getParts().stream().allMatch(Part::up);
    }

    public Instant getCheckedAt() {
        return clock.instant();
    }
}
