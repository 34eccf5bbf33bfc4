package io.genesysbroker.connection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

/** The configured connections, checked once at start-up. */
@Startup
@Singleton
public class ConnectionRegistry {

    private final Map<String, Connection> connections = new LinkedHashMap<>();

    ConnectionRegistry(GenesysConfig config) {
        ConnectionFactory factory = new ConnectionFactory(new RegionTable(config.regions()));
        List<Connection> built = factory.buildAll(config.connections());
        if (!factory.problems().isEmpty()) {
            throw new ConfigurationException(String.join(System.lineSeparator(), factory.problems()));
        }

        built.stream()
                .sorted((left, right) -> left.name().compareTo(right.name()))
                .forEach(this::register);
    }

    /** Every connection, ordered by name. */
    public Collection<Connection> all() {
        return connections.values();
    }

    /** The named connection, or {@link UnknownConnectionException}. */
    public Connection require(String name) {
        Connection connection = connections.get(name);
        if (connection == null) {
            throw new UnknownConnectionException(name);
        }
        return connection;
    }

    private void register(Connection connection) {
        connections.put(connection.name(), connection);
        Log.infof("Connection '%s': region %s, API %s, login %s, client id %s", connection.name(),
                connection.region().id(), connection.apiUrl(), connection.loginUrl(), connection.clientId());
    }
}
