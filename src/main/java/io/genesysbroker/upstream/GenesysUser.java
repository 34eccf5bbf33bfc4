package io.genesysbroker.upstream;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The parts of a Genesys {@code User} the broker passes on; Genesys has no user type. */
@RegisterForReflection
public record GenesysUser(String id, String name, String email, String username, String state, String department,
        String title, Division division) {

    /** The division a user belongs to. */
    @RegisterForReflection
    public record Division(String id, String name) {
    }
}
