package io.genesysbroker.sandbox;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The org's effective limits in the platform.api namespace, as Genesys lists them: entities without paging. */
final class SandboxLimits {

    private static final String NAMESPACE = "platform.api";

    private SandboxLimits() {
    }

    static JsonObject platformApi(int requestsPerMinute, long maxRequestBytes) {
        JsonArray entities = new JsonArray()
                .add(limit("client.credentials.token.rate.per.minute", requestsPerMinute))
                .add(limit("token.rate.per.minute", 300))
                .add(limit("request.bytes.max", maxRequestBytes));
        return new JsonObject().put("entities", entities);
    }

    private static JsonObject limit(String key, long value) {
        return new JsonObject().put("key", key).put("namespace", NAMESPACE).put("value", value);
    }
}
