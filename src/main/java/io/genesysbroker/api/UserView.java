package io.genesysbroker.api;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.genesysbroker.upstream.GenesysUser;

/**
 * A Genesys user as the broker answers it. {@code expanded} holds the parts asked for with {@code expand}, each as
 * Genesys sent it under its own name, and is absent when none was asked for or Genesys sent none.
 */
public record UserView(String id, String name, String email, String username, String state, String department,
        String title, DivisionView division,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonNode> expanded) {

    /** The division a user belongs to. */
    public record DivisionView(String id, String name) {
    }

    static UserView of(GenesysUser user) {
        DivisionView division = user.division() == null ? null
                : new DivisionView(user.division().id(), user.division().name());
        return new UserView(user.id(), user.name(), user.email(), user.username(), user.state(), user.department(),
                user.title(), division, expanded(user.others()));
    }

    private static Map<String, JsonNode> expanded(Map<String, JsonNode> others) {
        Map<String, JsonNode> expanded = new TreeMap<>();
        if (others != null) {
            others.forEach((name, value) -> {
                if (Expand.NAMES.contains(name)) {
                    expanded.put(name, value);
                }
            });
        }
        return expanded;
    }
}
