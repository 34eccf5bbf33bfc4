package io.genesysbroker.upstream;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the broker waits for, retries and guards upstream calls. */
@ConfigMapping(prefix = "broker.upstream")
public interface UpstreamSettings {

    /** The longest a caller request may take, retries and waits included; callers may ask for less; default 20s. */
    @WithDefault("20s")
    Duration deadline();

    /** The longest {@code Retry-After} the broker waits out before answering 429 itself; default 30s. */
    @WithDefault("30s")
    Duration maxRetryAfter();

    /** The wait after a 429 that names none; default 3s, as the official SDKs do. */
    @WithDefault("3s")
    Duration defaultRetryAfter();

    /** The first wait before retrying a transient failure; each further retry waits twice as long; default 200ms. */
    @WithDefault("200ms")
    Duration backoff();

    /** The circuit breaker of each connection. */
    Breaker breaker();

    /** When a connection's circuit breaker opens and how long it stays open. */
    interface Breaker {

        /** How many recent calls the breaker judges; default 20. */
        @WithDefault("20")
        int requestVolume();

        /** The share of those calls that must have failed with a 5xx or a timeout to open it; default 0.5. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open before letting a trial call through; default 10s. */
        @WithDefault("10s")
        Duration delay();
    }
}
