package io.genesysbroker.observability;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

import io.genesysbroker.connection.ConnectionRegistry;

/**
 * Started once the configuration has been read and checked, which the application does before it serves anything:
 * a bad configuration stops it instead. The answer lists each connection's region and API host, so that an operator
 * sees at a glance what a replica reaches. It asks Genesys nothing, so that a slow upstream cannot hold a rollout.
 */
@Startup
@Singleton
class ConfigurationStarted implements HealthCheck {

    private final ConnectionRegistry registry;

    ConfigurationStarted(ConnectionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("configuration").up();
        registry.all().forEach(connection -> builder.withData(connection.name(),
                "region " + connection.region().id() + ", API " + connection.apiUrl().getHost()));
        return builder.build();
    }
}
