package io.genesysbroker.api;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.genesysbroker.caller.CurrentCaller;
import io.smallrye.mutiny.Uni;

/**
 * Refuses, before any endpoint runs, a caller that may not use the connection its path names. Every endpoint with a
 * {@code {connection}} path parameter is covered without a line of its own, and the check comes before the connection
 * is looked up, so that a caller learns nothing about connections it may not use.
 */
class ConnectionRightFilter {

    private final CurrentCaller caller;

    ConnectionRightFilter(CurrentCaller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    Uni<Void> requireConnectionRight(UriInfo uri) {
        String connection = uri.getPathParameters().getFirst("connection");
        if (connection == null) {
            return Uni.createFrom().voidItem();
        }
        return caller.get().invoke(current -> current.requireUse(connection)).replaceWithVoid();
    }
}
