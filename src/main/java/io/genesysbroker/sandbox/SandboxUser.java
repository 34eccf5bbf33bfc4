package io.genesysbroker.sandbox;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A user of the generated org, with only the fields a Genesys User really has. */
record SandboxUser(String id, String name, String email, String state, String department, String title,
        Division division, String managerId, int version) {

    private static final Map<String, Function<SandboxUser, String>> FIELDS = Map.of(
            "id", SandboxUser::id,
            "name", SandboxUser::name,
            "email", SandboxUser::email,
            "username", SandboxUser::email,
            "state", SandboxUser::state,
            "department", SandboxUser::department,
            "title", SandboxUser::title,
            "division.id", user -> user.division().id(),
            "division.name", user -> user.division().name(),
            "manager.id", SandboxUser::managerId);

    static boolean hasField(String field) {
        return FIELDS.containsKey(field);
    }

    /** Orders by the field, ignoring case, then by id so that equal values still sort the same on every call. */
    static Comparator<SandboxUser> ordering(String field) {
        Function<SandboxUser, String> value = FIELDS.get(field).andThen(text -> text == null ? "" : text);
        return Comparator.comparing(value, String.CASE_INSENSITIVE_ORDER).thenComparing(SandboxUser::id);
    }

    String field(String field) {
        return FIELDS.get(field).apply(this);
    }

    String selfUri() {
        return "/api/v2/users/" + id;
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("id", id)
                .put("name", name)
                .put("division", division.toJson())
                .put("department", department)
                .put("email", email)
                .put("primaryContactInfo", new JsonArray().add(primaryEmail()))
                .put("addresses", new JsonArray())
                .put("state", state)
                .put("title", title)
                .put("username", email);
        if (managerId != null) {
            json.put("manager", new JsonObject().put("id", managerId).put("selfUri", "/api/v2/users/" + managerId));
        }
        return json.put("version", version).put("selfUri", selfUri());
    }

    private JsonObject primaryEmail() {
        return new JsonObject().put("address", email).put("mediaType", "EMAIL").put("type", "PRIMARY");
    }
}
