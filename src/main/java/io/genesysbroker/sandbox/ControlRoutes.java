package io.genesysbroker.sandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Singleton;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The controls under /sandbox that tests and benchmarks use to read counters, plan faults and change settings. */
@Singleton
class ControlRoutes {

    /** Genesys lets an OAuth client's tokens live at most two days; shorter ones down to zero suit tests. */
    private static final int MAX_TOKEN_SECONDS = 172_800;

    private final SandboxCounters counters;

    private final SandboxSettings settings;

    private final FaultPlan faults;

    private final TokenStore tokens;

    ControlRoutes(SandboxCounters counters, SandboxSettings settings, FaultPlan faults, TokenStore tokens) {
        this.counters = counters;
        this.settings = settings;
        this.faults = faults;
        this.tokens = tokens;
    }

    void register(Router router) {
        router.get("/sandbox/counters").handler(ctx -> Replies.json(ctx, 200, counters.toJson()));
        router.post("/sandbox/reset").handler(this::reset);
        router.post("/sandbox/tokens/revoke").handler(this::revokeTokens);
        router.put("/sandbox/latency").handler(this::setLatency);
        router.put("/sandbox/credentials").handler(this::setCredentials);
        router.put("/sandbox/token-lifetime").handler(this::setTokenLifetime);
        router.put("/sandbox/permissions").handler(this::withholdPermissions);
        router.post("/sandbox/faults").handler(this::planFault);
        router.delete("/sandbox/faults").handler(this::clearFaults);
    }

    private void reset(RoutingContext ctx) {
        counters.reset();
        faults.clear();
        settings.reset();
        tokens.forgetAll();

        Replies.json(ctx, 200, counters.toJson());
    }

    private void revokeTokens(RoutingContext ctx) {
        Replies.json(ctx, 200, new JsonObject().put("revoked", tokens.forgetAll()));
    }

    private void setLatency(RoutingContext ctx) {
        int millis = Inputs.requiredInteger(Inputs.body(ctx), "millis", 0, Integer.MAX_VALUE);

        settings.latency(Duration.ofMillis(millis));
        Replies.json(ctx, 200, new JsonObject().put("millis", millis));
    }

    private void setCredentials(RoutingContext ctx) {
        settings.clientSecret(Inputs.text(Inputs.body(ctx), "clientSecret"));

        Replies.json(ctx, 200, new JsonObject().put("clientId", settings.clientId()));
    }

    private void setTokenLifetime(RoutingContext ctx) {
        int seconds = Inputs.requiredInteger(Inputs.body(ctx), "seconds", 0, MAX_TOKEN_SECONDS);

        settings.tokenLifetime(Duration.ofSeconds(seconds));
        Replies.json(ctx, 200, new JsonObject().put("seconds", seconds));
    }

    private void withholdPermissions(RoutingContext ctx) {
        Object value = Inputs.body(ctx).getValue("withheld");
        if (!(value instanceof JsonArray withheld)) {
            throw new InvalidValue("withheld", value, "must be an array of permission names");
        }
        Set<String> permissions = new HashSet<>();
        withheld.forEach(permission -> permissions.add(String.valueOf(permission)));

        settings.withheldPermissions(permissions);
        Replies.json(ctx, 200, new JsonObject().put("withheld", new JsonArray(permissions.stream().sorted().toList())));
    }

    private void planFault(RoutingContext ctx) {
        int pending = faults.add(new Fault(Inputs.body(ctx)));

        Replies.json(ctx, 200, new JsonObject().put("pending", pending));
    }

    private void clearFaults(RoutingContext ctx) {
        faults.clear();

        Replies.json(ctx, 200, new JsonObject().put("pending", 0));
    }
}
