package io.genesysbroker.sandbox;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reads the values of query parameters and JSON bodies, refusing those out of range with {@link InvalidValue}. */
final class Inputs {

    private Inputs() {
    }

    static JsonObject body(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            throw new InvalidValue("body", "", "must be a JSON object");
        }
        return body;
    }

    static int integer(String raw, String name, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        try {
            return within(Integer.parseInt(raw.trim()), name, min, max);
        } catch (NumberFormatException e) {
            throw new InvalidValue(name, raw, "must be an integer");
        }
    }

    static int integer(JsonObject json, String name, int fallback, int min, int max) {
        return json.getValue(name) == null ? fallback : requiredInteger(json, name, min, max);
    }

    static int requiredInteger(JsonObject json, String name, int min, int max) {
        Object value = json.getValue(name);
        if (!(value instanceof Integer || value instanceof Long)) {
            throw new InvalidValue(name, value, "must be an integer");
        }
        long number = ((Number) value).longValue();
        return within(number, name, min, max);
    }

    static String text(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidValue(name, value, "must be a non-empty string");
        }
        return text;
    }

    private static int within(long value, String name, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValue(name, value, "must be between " + min + " and " + max);
        }
        return (int) value;
    }
}
