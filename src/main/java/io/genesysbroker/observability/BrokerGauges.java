package io.genesysbroker.observability;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.genesysbroker.budget.Budgets;
import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.upstream.GenesysUpstream;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The gauges of every connection, and its counters at zero, registered at start-up so that every series exists
 * before its first event and an alert on a rate sees the first increase.
 */
@Singleton
class BrokerGauges {

    private static final String[] TOKEN_OUTCOMES = { "success", "credentials_refused", "refused", "rate_limited",
            "unavailable", "bad_answer" };

    void register(@Observes StartupEvent start, ConnectionRegistry registry, GenesysUpstream upstream,
            Budgets budgets, BrokerMetrics metrics, MeterRegistry meters) {
        for (Connection connection : registry.all()) {
            String name = connection.name();
            tokenGauge(name, upstream, meters);
            budgetGauges(name, budgets, meters);
            circuitGauges(name, upstream, meters);
            zeroCounters(name, metrics);
        }
    }

    private static void tokenGauge(String name, GenesysUpstream upstream, MeterRegistry meters) {
        Gauge.builder("broker.token.expiry", () -> upstream.tokenStatus(name).expiresIn()
                .map(duration -> duration.toMillis() / 1000.0).orElse(0.0))
                .description("Seconds until the current token expires; 0 when there is none")
                .baseUnit("seconds")
                .tag("connection", name)
                .register(meters);
    }

    private static void budgetGauges(String name, Budgets budgets, MeterRegistry meters) {
        Gauge.builder("broker.budget.remaining", () -> budgets.remaining(name))
                .description("Requests the connection may still make in the current window")
                .tag("connection", name)
                .register(meters);
        Gauge.builder("broker.budget.queued", () -> budgets.queued(name))
                .description("Requests waiting for a budget slot")
                .tag("connection", name)
                .register(meters);
    }

    private static void circuitGauges(String name, GenesysUpstream upstream, MeterRegistry meters) {
        for (CircuitBreakerState state : CircuitBreakerState.values()) {
            Gauge.builder("broker.upstream.circuit.state", () -> upstream.circuitState(name) == state ? 1 : 0)
                    .description("1 for the circuit breaker's current state, 0 for the others")
                    .tags("connection", name, "state", state.name().toLowerCase())
                    .register(meters);
        }
    }

    private static void zeroCounters(String name, BrokerMetrics metrics) {
        for (String outcome : TOKEN_OUTCOMES) {
            metrics.tokenRequests(name, outcome);
        }
        metrics.tokenRenewals(name, "ahead");
        metrics.tokenRenewals(name, "on_demand");
        metrics.budgetRefused(name, "exhausted");
        metrics.budgetRefused(name, "fair_share");
        metrics.forcedRenewals(name);
        metrics.rateLimited(name);
        metrics.retryAfterWait(name);
    }
}
