package io.genesysbroker.sandbox;

import java.time.Duration;
import java.util.Set;

import jakarta.inject.Singleton;

/** The settings the controls may change while the sandbox runs; a reset returns them to configuration. */
@Singleton
class SandboxSettings {

    private final SandboxConfig config;

    private volatile Duration latency;

    private volatile String clientSecret;

    private volatile Duration tokenLifetime;

    private volatile Set<String> withheldPermissions;

    SandboxSettings(SandboxConfig config) {
        this.config = config;
        reset();
    }

    void reset() {
        latency = config.latency();
        clientSecret = config.clientSecret();
        tokenLifetime = config.tokenLifetime();
        withheldPermissions = Set.of();
    }

    String clientId() {
        return config.clientId();
    }

    int requestsPerMinute() {
        return config.requestsPerMinute();
    }

    Duration latency() {
        return latency;
    }

    void latency(Duration latency) {
        this.latency = latency;
    }

    String clientSecret() {
        return clientSecret;
    }

    void clientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    void tokenLifetime(Duration tokenLifetime) {
        this.tokenLifetime = tokenLifetime;
    }

    boolean withholds(String permission) {
        return withheldPermissions.contains(permission);
    }

    void withheldPermissions(Set<String> permissions) {
        this.withheldPermissions = Set.copyOf(permissions);
    }
}
