package io.genesysbroker.observability;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.token.TokenRequestException;
import io.genesysbroker.token.TokenRequestException.Reason;
import io.genesysbroker.token.TokenState;
import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.token.Tokens;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Ready when every connection holds a valid token or can get one. A connection whose credentials Genesys refuses
 * makes the broker unready, naming it, so that a rollout with a bad secret stops. A Genesys that cannot be reached
 * leaves the broker ready: every replica would fail the same way, and a ready broker still answers callers with a 503
 * and {@code Retry-After} rather than leaving them with refused connections.
 */
@Readiness
@Singleton
class ConnectionsReadiness implements AsyncHealthCheck {

    private static final Duration TOKEN_WAIT = Duration.ofSeconds(5);

    private record Verdict(String connection, boolean up, String detail) {
    }

    private final ConnectionRegistry registry;
    private final Tokens tokens;

    ConnectionsReadiness(ConnectionRegistry registry, Tokens tokens) {
        this.registry = registry;
        this.tokens = tokens;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Verdict>> verdicts = registry.all().stream().map(this::check).toList();
        if (verdicts.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.up("connections"));
        }
        return Uni.join().all(verdicts).andFailFast().map(ConnectionsReadiness::response);
    }

    private Uni<Verdict> check(Connection connection) {
        TokenStatus status = tokens.of(connection).status();
        if (status.state() == TokenState.VALID || status.expiresIn().isPresent()) {
            return Uni.createFrom().item(new Verdict(connection.name(), true, "token valid"));
        }
        return tokens.of(connection).token()
                .map(token -> new Verdict(connection.name(), true, "token obtained"))
                .onFailure().recoverWithItem(failure -> verdict(connection.name(), failure))
                .ifNoItem().after(TOKEN_WAIT)
                .recoverWithItem(() -> new Verdict(connection.name(), true, "token request still running"));
    }

    private static Verdict verdict(String connection, Throwable failure) {
        boolean refused = failure instanceof TokenRequestException request
                && (request.reason() == Reason.CREDENTIALS_REFUSED || request.reason() == Reason.REFUSED);
        String detail = (refused ? "credentials refused: " : "Genesys unreachable, callers get 503: ")
                + failure.getMessage();
        return new Verdict(connection, !refused, detail);
    }

    private static HealthCheckResponse response(List<Verdict> verdicts) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("connections")
                .status(verdicts.stream().allMatch(Verdict::up));
        verdicts.forEach(verdict -> builder.withData(verdict.connection(), verdict.detail()));
        return builder.build();
    }
}
