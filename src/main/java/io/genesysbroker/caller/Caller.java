package io.genesysbroker.caller;

import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/** An internal service that calls the broker, by its configured name, and the connections it may use. */
public record Caller(String name, Set<String> connections) {

    /** The entry of {@code connections} that stands for every connection. */
    public static final String ALL = "*";

    static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        connections = Set.copyOf(connections);
    }

    /** Whether this caller may use the named connection, whether or not the broker holds it. */
    public boolean mayUse(String connection) {
        return connections.contains(ALL) || connections.contains(connection);
    }

    /**
     * Refuses a connection this caller may not use with {@link ForbiddenConnectionException}. It is checked before
     * the connection is looked up, so that the answer never tells such a caller whether the connection exists.
     */
    public void requireUse(String connection) {
        if (!mayUse(connection)) {
            throw new ForbiddenConnectionException(name, connection);
        }
    }

    /** The caller a request was authenticated as; none for an anonymous request. */
    public static Optional<Caller> of(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }
}
