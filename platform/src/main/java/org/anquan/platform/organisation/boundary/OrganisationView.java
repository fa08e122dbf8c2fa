package org.anquan.platform.organisation.boundary;

import org.anquan.platform.organisation.entity.Organisation;

/** An organisation as pages and the API show it. */
public record OrganisationView(long id, String code, String name, String kind, String region) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.code(), organisation.name(),
                organisation.kind().name(), organisation.region());
    }
}
