package io.genesysbroker.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.vertx.core.json.JsonObject;

/**
 * The expanded parts of a user the sandbox can give: {@code presence} and {@code dateLastLogin}, derived from the
 * user's id so that every answer agrees. Other expand values are accepted and add nothing, as Genesys resolves expands
 * with a best effort.
 */
final class Expansions {

    private static final Instant EPOCH = Instant.parse("2026-01-01T08:00:00Z");

    private static final List<String> PRESENCES = List.of("Available", "Away", "Busy", "Offline", "Meal");

    private Expansions() {
    }

    static JsonObject expand(SandboxUser user, List<String> expand) {
        JsonObject json = user.toJson();
        int seed = Math.floorMod(user.id().hashCode(), 10_000);
        if (expand.contains("presence")) {
            json.put("presence", presence(seed));
        }
        if (expand.contains("dateLastLogin")) {
            json.put("dateLastLogin", EPOCH.plus(seed, ChronoUnit.MINUTES).toString());
        }
        return json;
    }

    private static JsonObject presence(int seed) {
        String system = PRESENCES.get(seed % PRESENCES.size());
        JsonObject definition = new JsonObject().put("id", Ids.fromName("presence-" + system))
                .put("systemPresence", system);
        return new JsonObject().put("source", "PURECLOUD").put("primary", true)
                .put("presenceDefinition", definition)
                .put("modifiedDate", EPOCH.plus(seed, ChronoUnit.SECONDS).toString());
    }
}
