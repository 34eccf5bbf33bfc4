package io.genesysbroker.upstream;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The parts of a Genesys {@code Organization} the broker passes on; Genesys has no region field. */
@RegisterForReflection
public record GenesysOrganization(String id, String name, String thirdPartyOrgName, String domain, String state,
        String productPlatform) {
}
