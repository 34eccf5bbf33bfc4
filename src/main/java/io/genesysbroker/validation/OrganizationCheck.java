package io.genesysbroker.validation;

import io.genesysbroker.upstream.GenesysOrganization;

/** Which org the connection reaches. */
final class OrganizationCheck {

    static final String NAME = "organization";

    private OrganizationCheck() {
    }

    static Check of(GenesysOrganization org) {
        String detail = "id " + org.id() + ", name " + org.name() + ", short name " + org.thirdPartyOrgName();
        if (org.state() != null && !"active".equalsIgnoreCase(org.state())) {
            return Check.warn(NAME, detail + ", state " + org.state(), "An org that is not active may stop answering.");
        }
        return Check.pass(NAME, detail);
    }
}
