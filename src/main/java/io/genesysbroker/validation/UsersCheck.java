package io.genesysbroker.validation;

import io.genesysbroker.upstream.GenesysUserListing;

/** Whether the org's users can be listed. */
final class UsersCheck {

    static final String NAME = "users";

    private UsersCheck() {
    }

    static Check of(GenesysUserListing listing) {
        long total = listing.total() == null ? 0 : listing.total();
        if (listing.entities() == null || listing.entities().isEmpty()) {
            return Check.warn(NAME, "the org lists no active user",
                    "Check that the OAuth client's role covers the divisions the users are in.");
        }
        return Check.pass(NAME, "listed 1 of " + total + " active users");
    }
}
