package io.genesysbroker.upstream;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The parts of a Genesys {@code User} the broker passes on; Genesys has no user type. Every other property, the
 * expanded parts among them, is kept as Genesys sent it in {@code others}.
 */
@RegisterForReflection
public record GenesysUser(String id, String name, String email, String username, String state, String department,
        String title, Division division, @JsonAnySetter Map<String, JsonNode> others) {

    /** A user with no other properties. */
    public GenesysUser(String id, String name, String email, String username, String state, String department,
            String title, Division division) {
        this(id, name, email, username, state, department, title, division, Map.of());
    }

    /** The division a user belongs to. */
    @RegisterForReflection
    public record Division(String id, String name) {
    }
}
