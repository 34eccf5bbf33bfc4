package io.genesysbroker.sandbox;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Registers the login and API routes behind what every such request passes first: it is counted, delayed by the
 * configured latency, answered by a planned fault if one applies, and, for the API, checked for a token with budget.
 */
@Singleton
class RequestGate {

    private final SandboxCounters counters;

    private final SandboxSettings settings;

    private final FaultPlan faults;

    private final TokenGuard guard;

    RequestGate(SandboxCounters counters, SandboxSettings settings, FaultPlan faults, TokenGuard guard) {
        this.counters = counters;
        this.settings = settings;
        this.faults = faults;
        this.guard = guard;
    }

    void login(Router router, String path, Handler<RoutingContext> handler) {
        router.post(path).handler(ctx -> {
            counters.countTokenRequest(path);
            pass(ctx, handler);
        });
    }

    /** Registers an API route; the template names path parameters as Genesys does, in braces. */
    void api(Router router, HttpMethod method, String template, Handler<RoutingContext> handler) {
        router.route(method, template.replaceAll("\\{(\\w+)}", ":$1")).handler(ctx -> {
            counters.countApiRequest(template);
            pass(ctx, admitted -> {
                if (guard.admits(admitted)) {
                    handler.handle(admitted);
                }
            });
        });
    }

    private void pass(RoutingContext ctx, Handler<RoutingContext> handler) {
        Replies.delay(ctx, settings.latency().toMillis());

        Optional<Fault> fault = faults.take(ctx.normalizedPath());
        if (fault.isPresent()) {
            fault.get().answer(ctx);
        } else {
            handler.handle(ctx);
        }
    }
}
