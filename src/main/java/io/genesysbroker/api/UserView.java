package io.genesysbroker.api;

import io.genesysbroker.upstream.GenesysUser;

/** A Genesys user as the broker answers it. */
public record UserView(String id, String name, String email, String username, String state, String department,
        String title, DivisionView division) {

    /** The division a user belongs to. */
    public record DivisionView(String id, String name) {
    }

    static UserView of(GenesysUser user) {
        DivisionView division = user.division() == null ? null
                : new DivisionView(user.division().id(), user.division().name());
        return new UserView(user.id(), user.name(), user.email(), user.username(), user.state(), user.department(),
                user.title(), division);
    }
}
