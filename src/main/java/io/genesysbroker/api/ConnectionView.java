package io.genesysbroker.api;

import java.net.URI;

/** A configured connection as callers see it: where it points and the state of its token, never the token. */
public record ConnectionView(String name, String region, URI apiUrl, String tokenState, Long expiresInSeconds) {
}
