package io.genesysbroker.sandbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the sandbox, the simulated Genesys Cloud that dev mode, tests and benchmarks call. */
@ConfigMapping(prefix = "genesys.sandbox")
public interface SandboxConfig {

    /** Whether the sandbox starts at all; default false (the dev and test profiles turn it on). */
    @WithDefault("false")
    boolean enabled();

    /** Interface the sandbox listens on; default 127.0.0.1. */
    @WithDefault("127.0.0.1")
    String host();

    /** Port of the sandbox's own HTTP server; default 8180. */
    @WithDefault("8180")
    int port();

    /** Id of the only OAuth client the sandbox accepts; default sandbox-client. */
    @WithDefault("sandbox-client")
    String clientId();

    /** Secret of that OAuth client; default sandbox-secret. */
    @WithDefault("sandbox-secret")
    String clientSecret();

    /** Lifetime of issued tokens, sent as expires_in; default 24h. */
    @WithDefault("24h")
    Duration tokenLifetime();

    /** API requests each token may make per minute before it gets 429; default 300. */
    @WithDefault("300")
    int requestsPerMinute();

    /** Number of users in the generated org; default 300. */
    @WithDefault("300")
    int users();

    /** Delay added to every token and API answer; default 0. */
    @WithDefault("0s")
    Duration latency();
}
