package io.genesysbroker.api;

import io.genesysbroker.connection.Region;
import io.genesysbroker.upstream.GenesysOrganization;

/** The organization behind a connection; region and environment come from the broker's configuration. */
public record OrganizationView(String id, String name, String shortName, String domain, String state,
        String productPlatform, String region, String environment) {

    static OrganizationView of(GenesysOrganization organization, Region region) {
        return new OrganizationView(organization.id(), organization.name(), organization.thirdPartyOrgName(),
                organization.domain(), organization.state(), organization.productPlatform(), region.id(),
                region.domain());
    }
}
