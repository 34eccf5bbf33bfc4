package io.genesysbroker.sandbox;

import java.util.Map;
import java.util.UUID;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes every sandbox answer: each carries a fresh correlation id, and each waits out the delay set for its request
 * on a timer, so that added latency never blocks an event loop.
 */
final class Replies {

    static final String CORRELATION_ID = "ININ-Correlation-Id";

    private static final String DELAY_MILLIS = "sandbox.delayMillis";

    private static final String JSON = "application/json";

    private Replies() {
    }

    static void begin(RoutingContext ctx) {
        ctx.response().putHeader(CORRELATION_ID, UUID.randomUUID().toString());
        ctx.next();
    }

    static void delay(RoutingContext ctx, long extraMillis) {
        ctx.put(DELAY_MILLIS, delayMillis(ctx) + extraMillis);
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        raw(ctx, status, JSON, body.encode());
    }

    static void problem(RoutingContext ctx, Problem problem) {
        problem(ctx, problem, Map.of());
    }

    static void problem(RoutingContext ctx, Problem problem, Map<String, ?> params) {
        json(ctx, problem.status, ErrorBody.of(problem, params, correlationId(ctx)));
    }

    static void errorStatus(RoutingContext ctx, int status) {
        json(ctx, status, ErrorBody.ofStatus(status, correlationId(ctx)));
    }

    static void empty(RoutingContext ctx, int status) {
        raw(ctx, status, null, "");
    }

    static void raw(RoutingContext ctx, int status, String contentType, String body) {
        HttpServerResponse response = ctx.response().setStatusCode(status);
        if (contentType != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        }

        long delayMillis = delayMillis(ctx);
        if (delayMillis <= 0) {
            response.end(body);
            return;
        }
        ctx.vertx().setTimer(delayMillis, timer -> {
            if (!response.closed()) {
                response.end(body);
            }
        });
    }

    private static String correlationId(RoutingContext ctx) {
        return ctx.response().headers().get(CORRELATION_ID);
    }

    private static long delayMillis(RoutingContext ctx) {
        Long millis = ctx.get(DELAY_MILLIS);
        return millis == null ? 0 : millis;
    }
}
