package io.genesysbroker.sandbox;

import io.vertx.core.json.JsonObject;

/** A division of the generated org, as users carry it. */
record Division(String id, String name) {

    JsonObject toJson() {
        return new JsonObject()
                .put("id", id)
                .put("name", name)
                .put("selfUri", "/api/v2/authorization/divisions/" + id);
    }
}
