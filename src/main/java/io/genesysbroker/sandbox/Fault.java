package io.genesysbroker.sandbox;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** One planned fault: the answer that the next few requests under a path get instead of the real one. */
final class Fault {

    private static final Map<Integer, Problem> PROBLEMS = Map.of(
            400, Problem.BAD_REQUEST,
            401, Problem.BAD_CREDENTIALS,
            403, Problem.MISSING_PERMISSIONS,
            404, Problem.NOT_FOUND,
            500, Problem.INTERNAL_SERVER_ERROR,
            503, Problem.SERVICE_UNAVAILABLE,
            504, Problem.REQUEST_TIMEOUT);

    private static final String PERMISSION = "[directory:user:view]";

    private final String path;

    private final int status;

    private final AtomicInteger remaining;

    private final Integer retryAfterSeconds;

    private final String body;

    private final String contentType;

    private final long delayMillis;

    Fault(JsonObject json) {
        path = Inputs.text(json, "path");
        status = Inputs.requiredInteger(json, "status", 100, 599);
        remaining = new AtomicInteger(Inputs.integer(json, "count", 1, 1, Integer.MAX_VALUE));
        retryAfterSeconds = json.getValue("retryAfter") == null ? null
                : Inputs.requiredInteger(json, "retryAfter", 0, Integer.MAX_VALUE);
        body = json.getValue("body") == null ? null : json.getValue("body").toString();
        contentType = json.getValue("contentType") == null ? "application/json" : Inputs.text(json, "contentType");
        delayMillis = Inputs.integer(json, "delayMillis", 0, 0, Integer.MAX_VALUE);
    }

    boolean appliesTo(String requestPath) {
        return requestPath.startsWith(path);
    }

    /** Claims one of the remaining answers; false once all are used, even when requests race for the last one. */
    boolean claim() {
        return remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    boolean spent() {
        return remaining.get() == 0;
    }

    void answer(RoutingContext ctx) {
        Replies.delay(ctx, delayMillis);
        if (retryAfterSeconds != null) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds.toString());
        }

        if (body != null) {
            Replies.raw(ctx, status, contentType, body);
        } else if (status == 429) {
            answerTooManyRequests(ctx);
        } else if (PROBLEMS.containsKey(status)) {
            Replies.problem(ctx, PROBLEMS.get(status), Map.of("permissions", PERMISSION));
        } else {
            Replies.errorStatus(ctx, status);
        }
    }

    private void answerTooManyRequests(RoutingContext ctx) {
        if (retryAfterSeconds == null) {
            Replies.problem(ctx, Problem.TOO_MANY_REQUESTS_WITHOUT_WAIT);
        } else {
            Replies.problem(ctx, Problem.TOO_MANY_REQUESTS, Map.of("retryAfter", retryAfterSeconds));
        }
    }
}
