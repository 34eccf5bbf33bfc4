package io.genesysbroker.sandbox;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Lets an API request through only with a live token that has budget left, answering 401 or 429 otherwise. */
@Singleton
class TokenGuard {

    private static final String BEARER = "bearer ";

    private final Clock clock = Clock.systemUTC();

    private final TokenStore tokens;

    private final SandboxSettings settings;

    private final SandboxCounters counters;

    TokenGuard(TokenStore tokens, SandboxSettings settings, SandboxCounters counters) {
        this.tokens = tokens;
        this.settings = settings;
        this.counters = counters;
    }

    boolean admits(RoutingContext ctx) {
        Optional<String> bearer = bearer(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (bearer.isEmpty()) {
            return refuse(ctx, Problem.AUTHENTICATION_REQUIRED);
        }
        Optional<IssuedToken> token = bearer.flatMap(tokens::find);
        if (token.isEmpty()) {
            return refuse(ctx, Problem.BAD_CREDENTIALS);
        }
        if (token.get().expired(clock.instant())) {
            return refuse(ctx, Problem.CREDENTIALS_EXPIRED);
        }

        long retryAfterSeconds = token.get().budget().admit(clock.millis(), settings.requestsPerMinute());
        if (retryAfterSeconds > 0) {
            counters.countRateLimited();
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            Replies.problem(ctx, Problem.TOO_MANY_REQUESTS, Map.of("retryAfter", retryAfterSeconds));
            return false;
        }
        return true;
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim()).filter(token -> !token.isEmpty());
    }

    private static boolean refuse(RoutingContext ctx, Problem problem) {
        Replies.problem(ctx, problem);
        return false;
    }
}
