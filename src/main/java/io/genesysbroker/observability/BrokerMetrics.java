package io.genesysbroker.observability;

import java.time.Duration;

import jakarta.inject.Singleton;

import io.genesysbroker.budget.SharedReads;
import io.genesysbroker.token.TokenEvents;
import io.genesysbroker.upstream.UpstreamEvents;
import io.genesysbroker.upstream.UpstreamFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The broker's own meters, counting what the token caches, the upstream wrapper and the callers do. Every label is
 * bounded: connections and callers come from configuration, operations and outcomes from fixed lists; never a user
 * id, a raw path or a correlation id.
 */
@Singleton
public class BrokerMetrics implements TokenEvents, UpstreamEvents {

    private final MeterRegistry registry;

    BrokerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requested(String connection, Trigger trigger) {
        tokenRenewals(connection, trigger.name().toLowerCase()).increment();
    }

    @Override
    public void answered(String connection, String outcome, Duration took) {
        tokenRequests(connection, outcome).increment();
        Timer.builder("broker.token.request.duration")
                .description("Token request latency")
                .tag("connection", connection)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    @Override
    public void dropped(String connection) {
        forcedRenewals(connection).increment();
    }

    @Override
    public void exchanged(String connection, String operation, int status, Duration took) {
        counter("broker.upstream.requests", "HTTP exchanges with the Genesys API, by status class", "connection",
                connection, "operation", operation, "status_class", statusClass(status)).increment();
        Timer.builder("broker.upstream.request.duration")
                .description("Genesys API exchange latency")
                .tags("connection", connection, "operation", operation)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
        if (status == 429) {
            rateLimited(connection).increment();
        }
    }

    @Override
    public void retrying(String connection, String operation, UpstreamFailure failure, Duration wait) {
        boolean rateLimited = failure == UpstreamFailure.RATE_LIMITED;
        counter("broker.upstream.retries", "Retries of failed upstream calls", "connection", connection,
                "operation", operation, "reason", rateLimited ? "rate_limited" : "transient").increment();
        if (rateLimited) {
            retryAfterWait(connection).increment(wait.toMillis() / 1000.0);
        }
    }

    @Override
    public void refusedByBudget(String connection, boolean fairShare) {
        budgetRefused(connection, fairShare ? "fair_share" : "exhausted").increment();
    }

    @Override
    public void read(String connection, String operation, SharedReads.Source source) {
        counter("broker.reads", "Reads, by where their answer came from", "connection", connection, "operation",
                operation, "source", source.name().toLowerCase()).increment();
    }

    /** Counts one answered caller request. */
    void callerRequest(String caller, String connection, String operation, int status) {
        counter("broker.caller.requests", "Caller requests answered, by status class", "caller", caller,
                "connection", connection, "operation", operation, "outcome", statusClass(status)).increment();
    }

    Counter tokenRequests(String connection, String outcome) {
        return counter("broker.token.requests", "Token requests to the login service, by outcome", "connection",
                connection, "outcome", outcome);
    }

    Counter tokenRenewals(String connection, String trigger) {
        return counter("broker.token.renewals", "Token requests, started ahead of expiry or with a caller waiting",
                "connection", connection, "trigger", trigger);
    }

    Counter forcedRenewals(String connection) {
        return counter("broker.token.forced.renewals", "Tokens dropped after a 401 and replaced", "connection",
                connection);
    }

    Counter rateLimited(String connection) {
        return counter("broker.upstream.rate.limited", "429 answers received from Genesys", "connection",
                connection);
    }

    Counter retryAfterWait(String connection) {
        return Counter.builder("broker.upstream.retry.after.wait")
                .description("Time spent waiting out Retry-After")
                .baseUnit("seconds")
                .tag("connection", connection)
                .register(registry);
    }

    Counter budgetRefused(String connection, String reason) {
        return counter("broker.budget.refused", "Requests the budget refused, answered 429", "connection",
                connection, "reason", reason);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private static String statusClass(int status) {
        return status == 0 ? "none" : status / 100 + "xx";
    }
}
