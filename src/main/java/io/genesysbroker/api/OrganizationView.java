package io.genesysbroker.api;

/** The organization behind a connection; region and environment come from the broker's configuration. */
public record OrganizationView(String id, String name, String shortName, String domain, String state,
        String productPlatform, String region, String environment) {
}
