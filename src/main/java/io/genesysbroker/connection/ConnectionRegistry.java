package io.genesysbroker.connection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * The configured connections, checked once at start-up. A problem found here does not stop the start-up on its own:
 * the caller registry, which every start-up builds, reports it together with the callers' own problems, so that an
 * operator sees every problem of a configuration at once.
 */
@Startup
@Singleton
public class ConnectionRegistry {

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final List<String> problems;
    private final Set<String> configured;

    ConnectionRegistry(GenesysConfig config) {
        ConnectionFactory factory = new ConnectionFactory(new RegionTable(config.regions()));
        List<Connection> built = factory.buildAll(config.connections());
        problems = List.copyOf(factory.problems());
        configured = Set.copyOf(config.connections().keySet());

        built.stream()
                .sorted((left, right) -> left.name().compareTo(right.name()))
                .forEach(this::register);
    }

    /** What is wrong with the connections' configuration, one line a problem; empty when nothing is. */
    public List<String> problems() {
        return problems;
    }

    /** The name of every configured connection, including those with a problem. */
    public Set<String> configuredNames() {
        return configured;
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
